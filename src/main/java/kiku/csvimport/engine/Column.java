package kiku.csvimport.engine;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Every column an import reads, with the header texts that name it (Japanese and English). Each
 * import accepts its own subset, so one header (部署) may name different columns in different imports.
 */
public enum Column {
    NAME("名前", "部署名", "name"),
    KIND("種別", "kind"),
    PARENT("親", "親部署", "parent"),
    CODE("コード", "code"),
    DEPARTMENT("部署", "部署名", "department"),
    DATE("実施日", "日付", "heldOn", "date"),
    STATUS("状態", "status"),
    INTERVIEWER("聞き手", "interviewer"),
    PARTICIPANTS("参加者", "participants"),
    NOTES("メモ", "notes"),
    FOLLOW_UP("フォローアップ", "followUp"),
    ID("ID", "番号"),
    TITLE("タイトル", "件名", "title"),
    DEPARTMENTS("部署", "department", "departments"),
    DESCRIPTION("説明", "description"),
    BACKGROUND("背景", "background"),
    CATEGORY("分類", "category"),
    PROPOSAL("提案", "proposal"),
    ANNUAL_HOURS("年間時間", "annualHours"),
    FISCAL_YEAR("年度", "fiscalYear");

    private final List<String> headers;

    Column(String... headers) {
        this.headers = List.of(headers);
    }

    /** The first Japanese and the first English header, as a missing-column message names them. */
    public String label() {
        return headers.get(0) + " / " + headers.get(headers.size() - 1);
    }

    /** Whether a header cell names this column: full-width, case, spaces, '-' and '_' do not matter. */
    public boolean named(String header) {
        String wanted = normal(header);
        return headers.stream().anyMatch(h -> normal(h).equals(wanted));
    }

    private static String normal(String header) {
        return Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\u3000_\\-]", "");
    }
}
