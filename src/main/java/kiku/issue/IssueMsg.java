package kiku.issue;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the issue list and forms; English in messages/iss_en.properties. */
@MessageBundle(value = "iss", locale = "ja")
public interface IssueMsg {

    @Message("課題")
    String title();

    @Message("課題を追加")
    String new_title();

    @Message("課題の編集")
    String edit_title();

    @Message("課題の削除")
    String delete_title();

    @Message("番号")
    String id();

    @Message("件名")
    String name();

    @Message("説明")
    String description();

    @Message("背景（部署の事情）")
    String background();

    @Message("分類")
    String category();

    @Message("既存の分類から選ぶか、新しく入力します（例: 紙・押印）。")
    String category_hint();

    @Message("解決の方向性")
    String proposal();

    @Message("例: 電子申請、電子決裁、RPA、ハードウェア")
    String proposal_hint();

    @Message("年間業務時間（時間）")
    String annual_hours();

    @Message("対象年度")
    String fiscal_year();

    @Message("例: 2025（2025年度 = 2025年4月〜2026年3月）")
    String fiscal_year_hint();

    @Message("状態")
    String status();

    @Message("部署")
    String departments();

    @Message("この課題を挙げた部署をすべて選びます。")
    String departments_hint();

    @Message("部署を名前で絞り込む")
    String department_filter();

    @Message("根拠のヒアリング")
    String hearings();

    @Message("選んだ部署のヒアリングはありません。")
    String hearings_none();

    @Message("選んだ部署のヒアリングを表示")
    String hearings_refresh();

    @Message("根拠の引用")
    String quotes_title();

    @Message("ヒアリング記録から、この課題の根拠になる発言を引用します（{max} 文字まで、空欄は引用なし）。"
            + "新しく選んだヒアリングの引用欄は、保存すると表示されます。")
    String quotes_hint(int max);

    @Message("{date} {department} のヒアリングからの引用")
    String quote_label(String date, String department);

    @Message("似ている未完了の課題があります。同じ課題なら、新しく作らずにそちらを開いてください。")
    String similar_title();

    @Message("類似度 {percent}%")
    String similarity(int percent);

    @Message("条件に合う課題はありません。")
    String empty();

    @Message("manager は状態、対象年度と上期・下期だけを変更できます。ほかの項目の変更には officer 権限が必要です。")
    String manager_hint();

    @Message("別の課題に統合")
    String merge_title();

    @Message("統合先の課題番号")
    String merge_target();

    @Message("似ている課題")
    String merge_similar();

    @Message("統合先の番号（# の後の数字）を入力してください。この課題の部署とヒアリングは統合先に引き継がれ、この課題は「統合済み」になります。")
    String merge_hint();

    @Message("統合する")
    String merge_submit();

    @Message("課題「{name}」を削除しますか？ 採点も削除されます。")
    String delete_question(String name);

    @Message("この課題を編集")
    String edit_link();

    @Message("履歴")
    String history_title();

    @Message("まだ変更の記録はありません。")
    String history_empty();

    @Message("{#when kind}{#is 'score'}{#when action}{#is CREATE}採点{#is UPDATE}採点を変更{#is DELETE}採点を削除{/when}"
            + "{#else}{#when action}{#is CREATE}作成{#is UPDATE}変更{#is DELETE}削除{/when}{/when}")
    String history_action(String kind, kiku.audit.AuditTrail.Action action);

    @Message("{#when name}{#is 'title'}タイトル{#is 'description'}説明{#is 'background'}背景{#is 'category'}分類"
            + "{#is 'proposal'}提案{#is 'status'}状態{#is 'departmentIds'}部署{#is 'hearingIds'}ヒアリング"
            + "{#is 'annualHours'}年間時間{#is 'fiscalYear'}年度{#is 'mergedIntoId'}統合先"
            + "{#is 'estimatedCostYen'}概算費用（円）{#is 'effortHours'}作業量（時間）{#is 'plannedHalf'}上期・下期"
            + "{#is 'evidence'}根拠の引用{#else}{name}{/when}")
    String history_field(String name);

    @Message("{when}、{user}")
    String history_who(String when, String user);

    @Message("概算費用（円）")
    String estimated_cost();

    @Message("作業量（職員の時間）")
    String effort_hours();

    @Message("年度計画の「提案」に使います。どちらも入力した課題だけが提案の候補になります。")
    String estimates_hint();

    @Message("上期・下期")
    String planned_half();

    @Message("未定")
    String half_none();

    @Message("課題を CSV から取り込む")
    String import_title();

    @Message("1 行目に見出しが必要です（順序は自由）: ID, タイトル, 部署, 説明, 背景, 分類, 提案, 状態, 年間時間, 年度 "
            + "（または id, title, departments, description, background, category, proposal, status, annualHours, "
            + "fiscalYear）。タイトルは必須です。部署は登録済みの部署の名前かコードで、複数なら「、」か「;」で区切ります。"
            + "状態は 新規・分析中・計画済み・対応中・完了・見送り（または NEW などの英語名。統合済みは不可）、"
            + "年度は 2024・2024年度・令和6年度 です。ID のある行はその課題を、ID のない行は同じタイトルの課題を更新し、"
            + "なければ新しく作ります。統合済みの課題は変更しません。ファイルにない列は今の値のまま、空のセルは空にします。"
            + "文字コードは UTF-8（BOM 付き可）と Shift_JIS を自動で判別します。")
    String import_hint();

    @Message("業務量の見積もり")
    String workload_title();

    @Message("年間の件数")
    String cases_per_year();

    @Message("1 件あたりの時間（分）")
    String minutes_per_case();

    @Message("件数と分を入れると 年間時間 = 件数 × 分 ÷ 60 で計算します。分からなければ年間時間だけを入力してください。")
    String workload_hint();

    @Message("{cases} 件 × {minutes} 分")
    String workload_formula(Integer cases, String minutes);

    @Message("人件費換算 約 {yen} 円/年（時給 {rate} 円）")
    String workload_cost(String yen, String rate);
}
