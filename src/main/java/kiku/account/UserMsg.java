package kiku.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the user administration pages; English in messages/users_en.properties. */
@MessageBundle(value = "users", locale = "ja")
public interface UserMsg {

    @Message("ユーザー")
    String title();

    @Message("ユーザーを追加")
    String new_title();

    @Message("ユーザーの編集")
    String edit_title();

    @Message("ユーザーの削除")
    String delete_title();

    @Message("ユーザー名")
    String username();

    @Message("英数字と . _ - の 1〜64 文字。あとから変更できません。")
    String username_hint();

    @Message("表示名")
    String display_name();

    @Message("パスワード")
    String password();

    @Message("12 文字以上で、ユーザー名と同じ文字列は使えません。文の形（例: 毎朝7時に市役所まで歩いて行く）にすると覚えやすく安全です。")
    String password_hint();

    @Message("変更するときだけ入力します（12 文字以上）。空欄なら今のパスワードのままです。")
    String password_edit_hint();

    @Message("安全のため、入力したパスワードは再表示しません。もう一度入力してください。")
    String password_again();

    @Message("ロール")
    String roles();

    @Message("{#when role}{#is viewer}閲覧（viewer）: すべてを読む{#is officer}担当（officer）: 部署・ヒアリング・課題の登録"
            + "{#is rater}評価者（rater）: 自分の採点{#is manager}管理職（manager）: 評価基準・重み・スナップショット・年度計画"
            + "{#is admin}管理者（admin）: ユーザー・バックアップ{/when}")
    String role_name(Role role);

    @Message("（自分）")
    String you();

    @Message("ユーザー「{username}」を削除しますか？")
    String delete_question(String username);
}
