package kiku.department;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the department pages; English in messages/dept_en.properties. */
@MessageBundle(value = "dept", locale = "ja")
public interface DepartmentMsg {

    @Message("部署")
    String title();

    @Message("部署を追加")
    String new_title();

    @Message("部署の編集")
    String edit_title();

    @Message("部署の削除")
    String delete_title();

    @Message("名前")
    String name();

    @Message("種別")
    String kind();

    @Message("親部署")
    String parent();

    @Message("コード")
    String code();

    @Message("状態")
    String state();

    @Message("有効")
    String active();

    @Message("無効")
    String inactive();

    @Message("有効（ヒアリングや課題の選択肢に出す）")
    String active_label();

    @Message("{#when kind}{#is BUREAU}部{#is DEPARTMENT}課{#is UNIT}係{/when}")
    String kind_name(DepartmentKind kind);

    @Message("CSV から取り込む")
    String import_link();

    @Message("組織図（部 → 課 → 係）")
    String tree_caption();

    @Message("部署はまだありません。")
    String empty();

    @Message("{count} 件の部署を取り込みました。")
    String imported(int count);

    @Message("配下の部署")
    String children();

    @Message("ヒアリング")
    String hearings();

    @Message("課題")
    String issues();

    @Message("この部署のヒアリングはまだありません。")
    String no_hearings();

    @Message("この部署の課題はまだありません。")
    String no_issues();

    @Message("実施日")
    String held_on();

    @Message("回")
    String round();

    @Message("全市での順位")
    String city_rank();

    @Message("未採点")
    String unranked();

    @Message("年度")
    String fiscal_year();

    @Message("この部署でヒアリングを記録")
    String new_hearing();

    @Message("この部署の課題を追加")
    String new_issue();

    @Message("配下に部署を追加")
    String new_child();

    @Message("「{name}」を削除しますか？")
    String delete_question(String name);

    @Message("ヒアリングや課題がある部署は、削除せずに編集画面で「有効」のチェックを外して無効にしてください。")
    String delete_hint();

    @Message("編集画面へ")
    String to_edit();

    @Message("部署の一覧を CSV から取り込む")
    String import_title();

    @Message("1 行目に見出し（名前, 種別, 親, コード / name, kind, parent, code）が必要です。種別は 部・課・係 "
            + "（または BUREAU, DEPARTMENT, UNIT）、親は親部署の名前かコードです。文字コードは UTF-8（BOM 付き可）"
            + "と Shift_JIS を自動で判別します。")
    String import_hint();
}
