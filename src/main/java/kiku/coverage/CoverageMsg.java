package kiku.coverage;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the coverage page ({@code coverage:}); English in messages/coverage_en.properties. */
@MessageBundle(value = "coverage", locale = "ja")
public interface CoverageMsg {

    @Message("ヒアリングの網羅状況")
    String title();

    @Message("{heard} / {total} 課でヒアリング済み（まだの課が先頭）")
    String summary(int heard, int total);

    @Message("● 実施済み　○ 予定（過去 12 か月）")
    String legend();

    @Message("課")
    String col_department();

    @Message("最終ヒアリング")
    String col_last();

    @Message("次回予定")
    String col_next();

    @Message("課題")
    String col_issues();

    @Message("未対応のフォローアップ")
    String col_follow_ups();

    @Message("{#if showYear}{year}年{/if}{month}月")
    String month(boolean showYear, int year, int month);

    @Message("{days} 日前")
    String days_ago(Long days);

    @Message("未ヒアリング")
    String never();

    @Message("{year}年{month}月: 実施 {done} 件、予定 {planned} 件")
    String cell(int year, int month, int done, int planned);

    @Message("有効な課がありません。")
    String none();
}
