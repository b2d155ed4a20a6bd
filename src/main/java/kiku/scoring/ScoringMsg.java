package kiku.scoring;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the scoring sheet and the criteria page ({@code scoring:}); English in messages/scoring_en.properties. */
@MessageBundle(value = "scoring", locale = "ja")
public interface ScoringMsg {

    @Message("採点シート")
    String sheet_title();

    @Message("数字で値を入力し、Tab または矢印キーで移動、Enter でその行を保存します。空欄にして保存すると自分の採点を取り消します。")
    String sheet_help();

    @Message("{scored} / {total} 件採点済み")
    String progress(int scored, int total);

    @Message("表示する課題")
    String filter_label();

    @Message("すべての課題")
    String filter_all();

    @Message("採点が終わっていない課題のみ")
    String filter_unscored();

    @Message("行を保存")
    String save_row();

    @Message("すべて保存")
    String save_all();

    @Message("保存しました")
    String row_saved();

    @Message("{count} 行を保存しました。")
    String saved_count(int count);

    @Message("{count} 行は保存できませんでした。各行のメッセージを確認してください。")
    String failed_count(int count);

    @Message("{min}〜{max}")
    String scale(int min, int max);

    @Message("{#if cost}高いほど負担が大きい（コスト）{#else}高いほど良い{/if}")
    String direction(boolean cost);

    @Message("説明")
    String about();

    @Message("課題")
    String col_issue();

    @Message("保存")
    String col_save();

    @Message("整数を入力してください")
    String not_integer();

    @Message("{min}〜{max} の範囲で入力してください")
    String off_scale(int min, int max);

    @Message("全員の平均 {mean}（{count} 人）")
    String others_mean(String mean, int count);

    @Message("他の評価者の採点は、この課題をすべての基準で採点すると表示されます。")
    String blind_notice();

    @Message("自分で採点するまで非表示（ブラインド採点）")
    String blind_short();

    @Message("採点するには評価者（rater）の権限が必要です。全員の平均を表示しています。")
    String read_only();

    @Message("{#if source == 'DEPARTMENTS'}部署数から算出{#else if source == 'ANNUAL_HOURS'}年間時間から算出{#else}評価者が採点{/if}")
    String source(String source);

    @Message("{#if source == 'DEPARTMENTS'}部署数から算出{#else}年間時間から算出{/if}: {cuts}")
    String derived_rule(String source, String cuts);

    @Message("算出値")
    String derived_row();

    @Message("有効な評価基準がありません。")
    String no_criteria();

    @Message("採点する課題はありません。")
    String no_issues();
}
