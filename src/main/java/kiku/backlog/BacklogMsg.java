package kiku.backlog;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the backlog additions and the snapshot pages ({@code backlog:}); English in messages/backlog_en.properties. */
@MessageBundle(value = "backlog", locale = "ja")
public interface BacklogMsg {

    @Message("{steps} 位上昇")
    String move_up(int steps);

    @Message("{steps} 位下降")
    String move_down(int steps);

    @Message("新規")
    String move_new();

    @Message("圏外")
    String move_gone();

    @Message("変化なし")
    String move_same();

    @Message("前回比")
    String col_since();

    @Message("前回比は最新のスナップショット「{name}」（{date}）の順位との比較です。")
    String since(String name, String date);

    @Message("重みの試算（保存されません）")
    String whatif_title();

    @Message("基準ごとの重みを変えると、保存せずに順位を計算し直します。▲▼ は現在の順位からの変化です。")
    String whatif_help();

    @Message("試算する")
    String whatif_try();

    @Message("現在の重みに戻す")
    String whatif_reset();

    @Message("この重みを保存する")
    String whatif_save();

    @Message("試算中の重みによる順位です。まだ保存されていません。")
    String whatif_showing();

    @Message("変化")
    String col_change();

    @Message("現在の順位")
    String col_now();

    @Message("0 以上の数を入力してください")
    String number();

    @Message("重みを保存しました。")
    String weights_saved();

    @Message("スナップショット")
    String snap_title();

    @Message("意思決定の会議の前に、現在の順位と重みをそのまま保存します。後から現在の順位や別のスナップショットと比べられます。")
    String snap_help();

    @Message("スナップショットを保存")
    String snap_new();

    @Message("名前")
    String snap_name();

    @Message("例: 2024年度 第1回 優先度決定会議")
    String snap_name_hint();

    @Message("現在の順位を保存する")
    String snap_take();

    @Message("スナップショットはまだありません。")
    String snap_none();

    @Message("保存日時")
    String col_taken();

    @Message("件数")
    String col_items();

    @Message("スナップショット「{name}」を保存しました。")
    String snap_taken(String name);

    @Message("保存された順位")
    String snap_items();

    @Message("保存時の評価基準と重み")
    String snap_criteria();

    @Message("比較")
    String snap_diff();

    @Message("比較対象")
    String against_label();

    @Message("現在の順位")
    String against_current();

    @Message("比較する")
    String against_submit();

    @Message("両方で順位がある課題（{count} 件）")
    String diff_moved(int count);

    @Message("新たに順位が付いた課題（{count} 件）")
    String diff_added(int count);

    @Message("順位から外れた課題（{count} 件）")
    String diff_removed(int count);

    @Message("このスナップショット")
    String col_before();

    @Message("比較対象")
    String col_after();

    @Message("名前を入力してください")
    String snap_required();

    @Message("スナップショット一覧へ")
    String snap_back();

    @Message("順位の付いた課題はありません。")
    String snap_empty();

    @Message("変更には manager の権限が必要です。")
    String read_only();
}
