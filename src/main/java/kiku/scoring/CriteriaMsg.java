package kiku.scoring;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the criteria page ({@code criteria:}); English in messages/criteria_en.properties. */
@MessageBundle(value = "criteria", locale = "ja")
public interface CriteriaMsg {

    @Message("評価基準と重み")
    String title();

    @Message("表示順")
    String col_position();

    @Message("名前")
    String col_name();

    @Message("尺度")
    String col_scale();

    @Message("方向")
    String col_direction();

    @Message("状態")
    String col_active();

    @Message("重み")
    String col_weight();

    @Message("比率（順位付けへの寄与）")
    String col_share();

    @Message("{#if active}有効{#else}無効{/if}")
    String active(boolean active);

    @Message("順位付けに使われません")
    String not_ranking();

    @Message("編集")
    String edit();

    @Message("評価基準がありません。")
    String none();

    @Message("変更には manager の権限が必要です。")
    String read_only();

    @Message("{#when what}{#is 'created'}評価基準を追加しました。{#is 'saved'}評価基準を保存しました。{#is 'deleted'}評価基準を削除しました。"
            + "{#is 'weights'}重みを保存しました。{#is 'ahp'}AHP の重みを適用しました。{/when}")
    String done(String what);

    @Message("重みをまとめて変更")
    String weights_title();

    @Message("重みを保存")
    String weights_save();

    @Message("評価基準を追加")
    String new_title();

    @Message("追加する")
    String create();

    @Message("評価基準「{name}」")
    String edit_title(String name);

    @Message("保存する")
    String save();

    @Message("一覧へ戻る")
    String back();

    @Message("名前")
    String f_name();

    @Message("説明")
    String f_description();

    @Message("重み")
    String f_weight();

    @Message("最小値")
    String f_min();

    @Message("最大値")
    String f_max();

    @Message("方向")
    String f_direction();

    @Message("{#if cost}コスト（高いほど悪い）{#else}効果（高いほど良い）{/if}")
    String direction_option(boolean cost);

    @Message("値の出どころ")
    String f_source();

    @Message("算出する評価基準は、課題の部署数または年間時間から値が決まり、採点表では入力できません。")
    String source_hint();

    @Message("閾値（算出する場合）")
    String f_thresholds();

    @Message("小さい順に（最大値 − 最小値）個。例: 尺度 1〜5 で「2, 4, 7, 10」なら、2 未満は 1、2 以上は 2、…、10 以上は 5。")
    String thresholds_hint();

    @Message("値の出どころ")
    String col_source();

    @Message("有効（採点と順位付けに使う）")
    String f_active();

    @Message("表示順")
    String f_position();

    @Message("空欄なら末尾に追加します。")
    String position_hint();

    @Message("入力してください")
    String required();

    @Message("0 以上の数を入力してください")
    String number();

    @Message("整数を入力してください")
    String integer();

    @Message("他の人が先にこの評価基準を更新しました。現在保存されている内容は次のとおりです。あなたの入力は下のフォームに残っています。もう一度保存すると、あなたの入力で上書きします。")
    String conflict();

    @Message("評価基準を削除")
    String delete_title();

    @Message("この基準への採点もすべて削除されることを理解しました")
    String delete_confirm();

    @Message("削除する")
    String delete();

    @Message("削除するには確認にチェックしてください")
    String delete_unconfirmed();

    @Message("一対比較（AHP）で重みを決める")
    String ahp_title();

    @Message("有効な評価基準を 2 つずつ比べ、どちらがどれだけ重要かを選んでください（Saaty の 1〜9 尺度）。選ぶたびに重みと整合比 CR を計算し直します。")
    String ahp_help();

    @Message("AHP には有効な評価基準が 2〜10 個必要です。")
    String ahp_unavailable();

    @Message("左の基準")
    String ahp_left();

    @Message("どちらがどれだけ重要か")
    String ahp_choice();

    @Message("右の基準")
    String ahp_right();

    @Message("{left} と {right} の比較")
    String ahp_compare(String left, String right);

    @Message("{#if side == 'equal'}同じくらい重要（1）{#else}{#if side == 'left'}左{#else}右{/if}が{#when level}{#is 9}極めて重要"
            + "{#is 8}非常に〜極めて重要{#is 7}非常に重要{#is 6}かなり〜非常に重要{#is 5}かなり重要{#is 4}やや〜かなり重要"
            + "{#is 3}やや重要{#else}わずかに重要{/when}（{#if side == 'right'}1/{/if}{level}）{/if}")
    String ahp_option(String side, int level);

    @Message("AHP の重み")
    String ahp_weight();

    @Message("現在の比率")
    String ahp_current();

    @Message("λmax = {lambda}、CI = {ci}、CR = {cr}")
    String ahp_stats(String lambda, String ci, String cr);

    @Message("整合比 CR = {cr}（0.10 未満）: 判断は整合しています。")
    String ahp_consistent(String cr);

    @Message("整合比 CR = {cr} が 0.10 以上です。比較の間に矛盾があります。比較を見直すか、承知のうえで適用してください。")
    String ahp_inconsistent(String cr);

    @Message("再計算")
    String ahp_recompute();

    @Message("整合比が 0.10 以上でも適用する")
    String ahp_accept();

    @Message("この重みを適用する")
    String ahp_apply();
}
