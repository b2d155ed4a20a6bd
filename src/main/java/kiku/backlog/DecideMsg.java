package kiku.backlog;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the decision pages of issue 5 ({@code decide:}): rank overrides, the value–effort
 * matrix and the robustness page; English in messages/decide_en.properties.
 */
@MessageBundle(value = "decide", locale = "ja")
public interface DecideMsg {

    @Message("手動で調整")
    String override_flag();

    @Message("手動で調整（計算上の順位は {computed} 位）")
    String override_marker(Integer computed);

    @Message("理由: {reason}")
    String override_reason(String reason);

    @Message("順位の手動調整")
    String override_title();

    @Message("計算された順位に例外を設けるときに使います。課題を別の課題のすぐ上またはすぐ下に置きます。理由は必須で、バックログ・スナップショット・報告書に表示され、監査ログに残ります。計算上の順位も並べて表示されます。")
    String override_help();

    @Message("この課題は順位が付いていない（未採点または完了済み）ため、調整できません。")
    String override_not_ranked();

    @Message("バックログの順位")
    String override_rank_now();

    @Message("計算上の順位")
    String override_rank_computed();

    @Message("現在の調整")
    String override_current();

    @Message("課題 #{id} のすぐ上に置いています。")
    String override_is_above(Long id);

    @Message("課題 #{id} のすぐ下に置いています。")
    String override_is_below(Long id);

    @Message("{user} が {at} に設定")
    String override_by(String user, String at);

    @Message("調整をやめて計算上の順位に戻す")
    String override_clear();

    @Message("調整を変更する")
    String override_change();

    @Message("順位を調整する")
    String override_new();

    @Message("置く位置")
    String override_side();

    @Message("次の課題のすぐ上")
    String override_above();

    @Message("次の課題のすぐ下")
    String override_below();

    @Message("基準にする課題")
    String override_anchor();

    @Message("理由（1000 文字以内）")
    String override_reason_label();

    @Message("保存する")
    String override_save();

    @Message("順位を手動で調整")
    String override_link();

    @Message("価値と労力のマトリクス")
    String matrix_title();

    @Message("順位の付いた未完了の課題を、価値（縦）と労力（横）で並べた図です。価値は効果など BENEFIT 基準の、労力は費用や難しさなど COST 基準の重み付き平均（0〜1）です。円の面積は年間の削減見込み時間に比例し、時間が未入力の課題は小さな白抜きの円で示します。円を選ぶと課題を開きます。")
    String matrix_help();

    @Message("労力（COST 基準の重み付き平均）→ 大きい")
    String matrix_x();

    @Message("価値（BENEFIT 基準の重み付き平均）→ 大きい")
    String matrix_y();

    @Message("BENEFIT 基準と COST 基準が少なくとも 1 つずつ（有効で重みが 0 より大きいもの）ないため、図を描けません。")
    String matrix_no_axis();

    @Message("順位の付いた課題がありません。")
    String matrix_empty();

    @Message("凡例（色は状態）")
    String matrix_legend();

    @Message("白抜き: 年間時間が未入力")
    String matrix_hollow();

    @Message("縦軸の基準: {value} ／ 横軸の基準: {effort}")
    String matrix_axes(String value, String effort);

    @Message("課題の一覧")
    String matrix_table();

    @Message("価値")
    String matrix_value();

    @Message("労力")
    String matrix_effort();

    @Message("年間時間")
    String matrix_hours();

    @Message("区分")
    String matrix_quadrant();

    @Message("価値と労力のマトリクス")
    String matrix_link();

    @Message("{#when quadrant}{#is QUICK_WIN}早期着手（価値が高く労力が小さい）{#is MAJOR_PROJECT}計画実施（価値も労力も大きい）"
            + "{#is FILL_IN}余力で実施（価値も労力も小さい）{#is RECONSIDER}見送り候補（価値が低く労力が大きい）{/when}")
    String quadrant(kiku.backlog.engine.Matrix.Quadrant quadrant);

    @Message("{#when quadrant}{#is QUICK_WIN}早期着手{#is MAJOR_PROJECT}計画実施{#is FILL_IN}余力で実施{#is RECONSIDER}見送り候補{/when}")
    String quadrant_short(kiku.backlog.engine.Matrix.Quadrant quadrant);

    @Message("上位の確かさ（頑健性）")
    String robust_link();

    @Message("上位の確かさ（頑健性）")
    String robust_title();

    @Message("評価基準の重みは話し合いで決めた目安で、少し違っていてもおかしくありません。ここでは、重みをそれぞれ ±p の範囲で無作為に動かして何千回も順位を付け直し、今の上位の課題がどのくらいの確率で上位に残るかを調べます。確率が 100% に近い課題は、重みが多少違っても上位に入ります。確率が低い課題は、重みの決め方しだいで入れ替わります。下の表は、重みを 1 つだけ動かしたとき、今の上位の顔ぶれが変わらない重みの範囲です。同じ条件（シード）なら結果は毎回同じです。")
    String robust_help();

    @Message("上位の件数 K")
    String robust_k();

    @Message("1〜500。既定は 10。")
    String robust_k_hint();

    @Message("重みの揺らぎ p")
    String robust_p();

    @Message("0 以上 1 未満。0.3 なら各重みを ±30% の範囲で動かします。")
    String robust_p_hint();

    @Message("試行回数")
    String robust_samples();

    @Message("1〜100000。既定は 2000。")
    String robust_samples_hint();

    @Message("シード")
    String robust_seed();

    @Message("同じシードなら同じ結果になります。")
    String robust_seed_hint();

    @Message("計算する")
    String robust_submit();

    @Message("0 以上 1 未満の数を入力してください（例: 0.3）")
    String robust_p_error();

    @Message("整数を入力してください")
    String robust_seed_error();

    @Message("現在の上位 {k} 件")
    String robust_top_title(int k);

    @Message("重みを ±{percent} 動かしても、上位 {k} 件のうち {sure} 件（全 {count} 件中）は 90% 以上の確率で上位 {k} 件に残ります。")
    String robust_summary(int k, String percent, long sure, int count);

    @Message("上位に入る可能性のある課題")
    String robust_challengers_title();

    @Message("今は {k} 位より下でも、重みしだいで上位 {k} 件に入ることがある課題です（最大 20 件）。")
    String robust_challengers_help(int k);

    @Message("顔ぶれが変わらない重みの範囲")
    String robust_intervals_title();

    @Message("他の重みをそのままにして 1 つの重みだけを変えたとき、上位 {k} 件の顔ぶれが変わらない範囲です。範囲が狭い基準ほど、その重みの決め方が上位を左右します。")
    String robust_intervals_help(int k);

    @Message("上位 {k} 件に入る確率")
    String robust_col_probability(int k);

    @Message("順位の幅（5〜95%）")
    String robust_col_range();

    @Message("順位の中央値")
    String robust_col_median();

    @Message("{from}〜{to} 位")
    String robust_range(int from, int to);

    @Message("現在の重み")
    String robust_col_weight();

    @Message("下限")
    String robust_col_lower();

    @Message("上限")
    String robust_col_upper();

    @Message("範囲（縦線が現在の重み）")
    String robust_col_interval();

    @Message("上限なし")
    String robust_unbounded();

    @Message("帯: 上位の顔ぶれが変わらない範囲。縦線: 現在の重み。上限なしの場合は帯を右端まで描きます。")
    String robust_interval_legend();
}
