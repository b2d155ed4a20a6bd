package kiku.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the city-wide report ({@code report:}); English in messages/report_en.properties. */
@MessageBundle(value = "report", locale = "ja")
public interface ReportMsg {

    @Message("市全体の状況報告")
    String title();

    @Message("{date} 作成")
    String generated(String date);

    @Message("上位の件数")
    String top_label();

    @Message("表示")
    String top_submit();

    @Message("ブラウザーの印刷機能で A4 横向きに印刷できます。")
    String print_hint();

    @Message("全体の状況")
    String summary_title();

    @Message("ヒアリング済みの課")
    String heard();

    @Message("実施したヒアリング")
    String hearings();

    @Message("未完了の課題")
    String open_issues();

    @Message("関係する年間業務時間（未完了の課題）")
    String hours();

    @Message("{hours} 時間")
    String hours_value(String hours);

    @Message("分類別の課題")
    String by_category();

    @Message("状態別の課題")
    String by_status();

    @Message("分類")
    String col_category();

    @Message("件数")
    String col_count();

    @Message("未分類")
    String uncategorized();

    @Message("優先順位 上位 {count} 件")
    String top_title(int count);

    @Message("棒は各評価基準が合計点に寄与した点数です（灰色はその基準で得られる最大値）。")
    String top_help();

    @Message("{title} の基準別の寄与")
    String contribution_caption(String title);

    @Message("{points} 点")
    String points(String points);

    @Message("{date} {department} のヒアリングより")
    String evidence_source(String date, String department);

    @Message("ヒアリング")
    String dept_hearings();

    @Message("課題と順位")
    String dept_issues();

    @Message("ヒアリングはまだありません。")
    String no_hearings();

    @Message("課題はまだありません。")
    String no_issues();

    @Message("日付")
    String col_date();

    @Message("回")
    String col_round();

    @Message("聞き手")
    String col_interviewer();

    @Message("{#if done}実施済み{#else}予定{/if}")
    String hearing_status(boolean done);

    @Message("順位なし")
    String unranked();

    @Message("未完了の課題にかかる職員の時間と人件費（時給 {rate} 円で換算、複数部署の課題は各部署に計上）")
    String workload_caption(String rate);

    @Message("時間/年")
    String col_hours();

    @Message("円/年")
    String col_yen();

    @Message("市全体")
    String city_total();
}
