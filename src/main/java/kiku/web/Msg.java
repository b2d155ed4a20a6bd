package kiku.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Page text, Japanese by default; English in {@code messages/msg_en.properties}. A test fails
 * the build when a key is missing there.
 */
@MessageBundle(value = "msg", locale = "ja")
public interface Msg {

    @Message("聞く Kiku")
    String app_name();

    @Message("本文へ移動")
    String skip_to_content();

    @Message("概要")
    String nav_overview();

    @Message("優先順位")
    String nav_backlog();

    @Message("確かさ")
    String nav_robustness();

    @Message("課題")
    String nav_issues();

    @Message("API")
    String nav_api();

    @Message("ヒアリング")
    String nav_hearings();

    @Message("採点")
    String nav_scoring();

    @Message("評価基準")
    String nav_criteria();

    @Message("網羅状況")
    String nav_coverage();

    @Message("スナップショット")
    String nav_snapshots();

    @Message("年度計画")
    String nav_plan();

    @Message("ロードマップ")
    String nav_roadmap();

    @Message("レポート")
    String nav_report();

    @Message("部署")
    String nav_departments();

    @Message("ユーザー")
    String nav_users();

    @Message("メインメニュー")
    String nav_main();

    @Message("ログアウト")
    String logout();

    @Message("English")
    String switch_language();

    @Message("en")
    String other_language();

    @Message("ログイン")
    String login_title();

    @Message("ユーザー名")
    String login_username();

    @Message("パスワード")
    String login_password();

    @Message("ログインする")
    String login_submit();

    @Message("ユーザー名またはパスワードが違います。")
    String login_failed();

    @Message("部署のヒアリングと課題の優先順位づけ")
    String tagline();

    @Message("部署")
    String count_departments();

    @Message("ヒアリング")
    String count_hearings();

    @Message("課題（未完了）")
    String count_open_issues();

    @Message("ヒアリング済みの課")
    String coverage_heard();

    @Message("{heard} / {total} 課")
    String coverage_ratio(int heard, int total);

    @Message("まだヒアリングしていない課")
    String coverage_never();

    @Message("優先順位 上位 10 件")
    String top_ten();

    @Message("すべて表示")
    String show_all();

    @Message("順位")
    String col_rank();

    /** A rank after a name, as on a snapshot's added and removed issues. */
    @Message("（順位 {rank}）")
    String rank_paren(int rank);

    @Message("課題")
    String col_title();

    @Message("合計")
    String col_total();

    @Message("状態")
    String col_status();

    @Message("部署")
    String col_departments();

    @Message("評価者")
    String col_raters();

    @Message("意見の相違")
    String disputed();

    @Message("順位を付けられません: {message}")
    String not_rankable(String message);

    @Message("絞り込み")
    String filter();

    @Message("部署")
    String filter_department();

    @Message("状態")
    String filter_status();

    @Message("分類")
    String filter_category();

    @Message("キーワード")
    String filter_q();

    @Message("すべて")
    String filter_all();

    @Message("適用")
    String filter_apply();

    @Message("{count} 件中 {from}〜{to} 件")
    String paging_range(long count, long from, long to);

    @Message("前へ")
    String paging_prev();

    @Message("次へ")
    String paging_next();

    @Message("未採点の課題（{count} 件）")
    String unscored_title(int count);

    @Message("未採点の基準: {names}")
    String unscored_missing(String names);

    @Message("CSV をダウンロード")
    String export_csv();

    @Message("Excel をダウンロード")
    String export_xlsx();

    @Message("条件に合う課題はありません。")
    String empty();

    @Message("説明")
    String issue_description();

    @Message("背景")
    String issue_background();

    @Message("分類")
    String issue_category();

    @Message("解決の方向性")
    String issue_proposal();

    @Message("年間業務時間")
    String issue_hours();

    @Message("{hours} 時間/年")
    String hours_value(String hours);

    @Message("対象年度")
    String issue_fiscal_year();

    @Message("根拠のヒアリング")
    String issue_hearings();

    @Message("{round} 回目")
    String hearing_round(int round);

    @Message("評価者ごとの採点")
    String issue_scores();

    @Message("平均")
    String score_mean();

    @Message("まだ採点されていません。")
    String no_scores();

    @Message("{departments} 部署 · ヒアリング {hearings} 件")
    String backing(int departments, int hearings);

    @Message("背景にある声")
    String backing_label();

    @Message("現在の順位: {rank} 位（合計 {total}）")
    String issue_rank(int rank, String total);

    @Message("現在の順位: {rank} 位（合計点は自分で採点すると表示されます）")
    String issue_rank_blind(int rank);

    @Message("統合先: 課題 {id}")
    String issue_merged_into(long id);

    @Message("エラー")
    String error_title();

    @Message("トップへ戻る")
    String back_home();

    @Message("{#when status}{#is NEW}新規{#is ANALYZING}分析中{#is PLANNED}計画済み{#is IN_PROGRESS}対応中"
            + "{#is DONE}完了{#is REJECTED}見送り{#is MERGED}統合済み{/when}")
    String status(kiku.issue.IssueStatus status);

    @Message("{year}年度")
    String fiscal_year(int year);
}
