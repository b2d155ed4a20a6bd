package kiku.csvimport;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import kiku.csvimport.engine.Action;
import kiku.csvimport.engine.Column;
import kiku.csvimport.engine.ImportError;

/** Texts shared by the CSV import pages (departments, hearings, issues); English in messages/imp_en.properties. */
@MessageBundle(value = "imp", locale = "ja")
public interface ImportMsg {

    @Message("CSV から取り込む")
    String link();

    @Message("CSV ファイル")
    String file();

    @Message("内容を確認する")
    String preview();

    @Message("取り込み内容の確認（まだ保存されていません）")
    String preview_title();

    @Message("文字コード: {charset}。新規 {create} 件、更新 {update} 件、変更なし {unchanged} 件、エラー {error} 件。")
    String preview_summary(String charset, long create, long update, long unchanged, long error);

    @Message("エラーのある行を直してから、もう一度ファイルを選んでください。何も保存されていません。")
    String preview_invalid();

    @Message("エラーのある行があります。直してからもう一度ファイルを選ぶか、エラーのない行だけを取り込めます。"
            + "何も保存されていません。")
    String preview_partly_valid();

    @Message("エラーのない行だけを取り込む（エラーの行は保存しません）")
    String valid_only();

    @Message("この内容で保存する")
    String confirm();

    @Message("{count} 行を取り込みました（新規と更新）。")
    String imported(int count);

    @Message("行")
    String line();

    @Message("処理")
    String action();

    @Message("エラー")
    String errors();

    @Message("{#when action}{#is CREATE}新規{#is UPDATE}更新{#is UNCHANGED}変更なし{#is ERROR}エラー{/when}")
    String action_name(Action action);

    @Message("ファイルを選んでください。")
    String file_required();

    @Message("{#when column}{#is NAME}名前{#is KIND}種別{#is PARENT}親{#is CODE}コード{#is DEPARTMENT}部署"
            + "{#is DATE}実施日{#is STATUS}状態{#is INTERVIEWER}聞き手{#is PARTICIPANTS}参加者{#is NOTES}メモ"
            + "{#is FOLLOW_UP}フォローアップ{#is ID}ID{#is TITLE}タイトル{#is DEPARTMENTS}部署{#is DESCRIPTION}説明"
            + "{#is BACKGROUND}背景{#is CATEGORY}分類{#is PROPOSAL}提案{#is ANNUAL_HOURS}年間時間"
            + "{#is FISCAL_YEAR}年度{/when}")
    String column(Column column);

    @Message("{#when error}{#is EMPTY_FILE}ファイルが空です。{#is MISSING_COLUMN}見出しに列「{value}」がありません。"
            + "{#is UNTERMINATED_QUOTE}引用符（\"）が閉じられていません。{#is REQUIRED}{column}が空です。"
            + "{#is TOO_LONG}{column}は {value} 文字以内にしてください。{#is TOO_MANY}{column}は {value} 件までです。"
            + "{#is OUT_OF_RANGE}{column}「{value}」は範囲外です。{#is INVALID}{column}「{value}」は使えません。"
            + "{#is INVALID_NUMBER}{column}「{value}」を数値として読めません。"
            + "{#is INVALID_DATE}{column}「{value}」を日付として読めません（2024-04-01、2024/4/1、令和6年4月1日）。"
            + "{#is INVALID_FISCAL_YEAR}{column}「{value}」を年度として読めません（2024、2024年度、令和6年度）。"
            + "{#is STATUS_UNKNOWN}{column}「{value}」は使えません。"
            + "{#is DUPLICATE_ROW}{value} 行目と同じものを指しています（1 件に 1 行にしてください）。"
            + "{#is KIND_UNKNOWN}種別「{value}」は使えません（部・課・係）。"
            + "{#is PARENT_UNKNOWN}親「{value}」が見つかりません（親は前の行か登録済みの部署にしてください）。"
            + "{#is PARENT_AMBIGUOUS}親「{value}」に当てはまる部署が複数あります。コードで指定してください。"
            + "{#is NAME_TAKEN}同じ親の下に「{value}」が既にあります。"
            + "{#is CYCLE}部署を自分の配下（{value}）に移すことはできません。"
            + "{#is DEPARTMENT_UNKNOWN}部署「{value}」が見つかりません（登録済みの部署の名前かコードにしてください）。"
            + "{#is DEPARTMENT_AMBIGUOUS}部署「{value}」に当てはまる部署が複数あります。コードで指定してください。"
            + "{#is HEARING_AMBIGUOUS}同じ部署・同じ日のヒアリングが複数あり、どれを更新するか決められません（聞き手で区別してください）。"
            + "{#is STATUS_MERGED}状態を「統合済み」にはできません（統合は課題の画面で行います）。"
            + "{#is INVALID_ID}ID「{value}」を課題の番号として読めません。{#is ISSUE_UNKNOWN}ID {value} の課題はありません。"
            + "{#is ISSUE_MERGED}課題 {value} は統合済みのため取り込みで変更できません。"
            + "{#is TITLE_AMBIGUOUS}タイトル「{value}」の課題が複数あります。ID 列で指定してください。{/when}")
    String error(ImportError error, String column, String value);
}
