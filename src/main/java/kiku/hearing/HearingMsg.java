package kiku.hearing;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the hearing pages; English in messages/hear_en.properties. */
@MessageBundle(value = "hear", locale = "ja")
public interface HearingMsg {

    @Message("ヒアリング")
    String title();

    @Message("ヒアリングを記録")
    String new_title();

    @Message("ヒアリングの編集")
    String edit_title();

    @Message("ヒアリングの削除")
    String delete_title();

    @Message("{department} のヒアリング（{date}）")
    String heading(String department, String date);

    @Message("部署")
    String department();

    @Message("実施日")
    String held_on();

    @Message("状態")
    String status();

    @Message("{#when status}{#is PLANNED}予定{#is DONE}実施済み{/when}")
    String status_name(HearingStatus status);

    @Message("自動（未来の日付なら予定、それ以外は実施済み）")
    String status_auto();

    @Message("回")
    String round();

    @Message("聞き手")
    String interviewer();

    @Message("参加者")
    String participants();

    @Message("例: 課長、係長2名")
    String participants_hint();

    @Message("メモ（Markdown）")
    String notes();

    @Message("# で見出し、- で箇条書き、**太字**。改行はそのまま改行になります。入力中の内容はこのブラウザに下書きとして自動で保存されます。")
    String notes_hint();

    @Message("プレビュー")
    String preview();

    @Message("プレビューを更新")
    String preview_refresh();

    @Message("メモはまだありません。")
    String no_notes();

    @Message("フォローアップ")
    String follow_up();

    @Message("フォローアップは対応済み")
    String follow_up_done_label();

    @Message("対応済み")
    String follow_up_done();

    @Message("未対応")
    String follow_up_open();

    @Message("このヒアリングから挙がった課題")
    String issues();

    @Message("まだ課題はありません。")
    String no_issues();

    @Message("この件から課題を作成")
    String create_issue();

    @Message("保存しました。")
    String saved();

    @Message("このブラウザに保存されていた下書きを復元しました。")
    String draft_restored();

    @Message("下書きを破棄")
    String draft_discard();

    @Message("期間（から）")
    String from();

    @Message("期間（まで）")
    String to();

    @Message("条件に合うヒアリングはありません。")
    String empty();

    @Message("{date} の {department} とのヒアリングを削除しますか？")
    String delete_question(String date, String department);

    @Message("課題の根拠になっているヒアリングは、課題から外してから削除してください。")
    String delete_hint();

    @Message("ヒアリングを CSV から取り込む")
    String import_title();

    @Message("1 行目に見出しが必要です（順序は自由）: 部署, 実施日, 状態, 聞き手, 参加者, メモ, フォローアップ "
            + "（または department, date, status, interviewer, participants, notes, followUp）。部署と実施日は必須です。"
            + "部署は登録済みの部署の名前かコード、実施日は 2024-04-01・2024/4/1・令和6年4月1日、状態は 予定・実施済 "
            + "（または PLANNED, DONE。空なら日付から決めます）。同じ部署・同じ実施日のヒアリングが既にあれば、"
            + "新しく作らずにその内容を更新します（同じ日に複数あるときは聞き手で区別します）。ファイルにない列は今の値のまま、"
            + "空のセルは空にします。文字コードは UTF-8（BOM 付き可）と Shift_JIS を自動で判別します。")
    String import_hint();
}
