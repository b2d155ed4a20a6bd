package kiku.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words every form uses (buttons, conflicts, parse errors); English in messages/form_en.properties. */
@MessageBundle(value = "form", locale = "ja")
public interface FormMsg {

    @Message("保存")
    String save();

    @Message("キャンセル")
    String cancel();

    @Message("編集")
    String edit();

    @Message("削除")
    String delete();

    @Message("削除する")
    String delete_submit();

    @Message("操作")
    String actions();

    /** The mark beside a required field's label, brackets included: the languages bracket differently. */
    @Message("（必須）")
    String required();

    /**
     * A remark after a name, in brackets: "（計画済み）" in Japanese, " (planned)" in English, whose space is
     * a no-break one (the bundle files lose a leading ordinary space) that keeps the remark with its name.
     */
    @Message("（{text}）")
    String paren(String text);

    @Message("はい")
    String yes();

    @Message("いいえ")
    String no();

    @Message("（なし）")
    String none();

    @Message("入力内容を確認してください。各項目のメッセージをご覧ください。")
    String check_fields();

    @Message("この間に他の人が更新しました。下に現在の保存内容を表示しています。あなたの入力はフォームに残っています。"
            + "確認のうえ、もう一度保存すると上書きします。")
    String conflict();

    @Message("現在の保存内容")
    String conflict_current();

    @Message("数値を入力してください。")
    String invalid_number();

    @Message("整数を入力してください。")
    String invalid_integer();

    @Message("1900-01-01 から 2999-12-31 までの日付を YYYY-MM-DD 形式で入力してください。")
    String invalid_date();

    @Message("一覧から選んでください。")
    String invalid_choice();

    @Message("制御文字や不完全な文字（サロゲート）は使えません。")
    String invalid_text();

    @Message("ページ送り")
    String pages();

    @Message("この操作は取り消せません。")
    String cannot_undo();
}
