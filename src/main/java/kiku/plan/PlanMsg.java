package kiku.plan;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the plan and roadmap pages ({@code plan:}); English in messages/plan_en.properties. */
@MessageBundle(value = "plan", locale = "ja")
public interface PlanMsg {

    @Message("年度計画")
    String title();

    @Message("ロードマップ")
    String roadmap_title();

    @Message("{#if name == 'FIRST'}上期{#else}下期{/if}")
    String half(String name);

    @Message("上期・下期 未定")
    String half_none();

    @Message("年度を選ぶ")
    String choose_year();

    @Message("年度")
    String year();

    @Message("表示")
    String show();

    @Message("前の年度")
    String previous();

    @Message("次の年度")
    String next();

    @Message("予算と人員の上限")
    String capacity_title();

    @Message("この年度の上限はまだ登録されていません。")
    String capacity_none();

    @Message("予算（円）")
    String budget();

    @Message("職員の時間（時間）")
    String staff_hours();

    @Message("上限を保存")
    String capacity_save();

    @Message("上限を保存しました。")
    String capacity_saved();

    @Message("計画済みの費用 {used} 円 / 予算 {limit} 円")
    String budget_use(String used, String limit);

    @Message("計画済みの作業量 {used} 時間 / 上限 {limit} 時間")
    String hours_use(String used, String limit);

    @Message("予算を超えています")
    String over_budget();

    @Message("職員の時間を超えています")
    String over_hours();

    @Message("見積もりのない課題が {count} 件あり、合計に含まれていません。")
    String without_estimates(int count);

    @Message("計画済みの課題")
    String planned_title();

    @Message("この区分に計画された課題はありません。")
    String planned_none();

    @Message("順位")
    String col_rank();

    @Message("課題")
    String col_issue();

    @Message("状態")
    String col_status();

    @Message("合計点")
    String col_total();

    @Message("概算費用（円）")
    String col_cost();

    @Message("作業量（時間）")
    String col_hours();

    @Message("小計")
    String subtotal();

    @Message("提案: 順位順と合計点最大の比較")
    String suggest_title();

    @Message("上限内で合計点が最大になる課題の組み合わせ（厳密解）を、順位の高い順に入れて収まらなくなったところで止める案と比べます。保存はされません。")
    String suggest_help();

    @Message("上限を登録すると提案を表示します。")
    String suggest_needs_capacity();

    @Message("見積もりのある候補がありません。課題の編集画面で概算費用と作業量を入力してください。")
    String suggest_no_candidates();

    @Message("提案")
    String col_knapsack();

    @Message("順位順")
    String col_rank_order();

    @Message("選ぶ")
    String chosen();

    @Message("ここで打ち切り")
    String cut_here();

    @Message("合計")
    String sum();

    @Message("候補から外した課題")
    String excluded_title();

    @Message("{#if reason == 'MISSING_ESTIMATE'}見積もりなし{#else}他の年度に計画済み{/if}")
    String reason(String reason);

    @Message("提案を計画に反映")
    String apply_title();

    @Message("反映する区分")
    String apply_half();

    @Message("提案の {count} 件をこの年度に計画する")
    String apply_submit(int count);

    @Message("{count} 件をこの年度に計画しました。")
    String applied(int count);

    @Message("年度ごと、上期・下期ごとの計画です。印刷して配布できます。")
    String roadmap_help();

    @Message("年度が計画された課題はまだありません。")
    String roadmap_none();

    @Message("{count} 件")
    String count(int count);
}
