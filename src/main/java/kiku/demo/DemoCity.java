package kiku.demo;

import java.util.List;

/**
 * Demo data for a fictional city, みどり野市 (about 100,000 people), as plain immutable records so that a loader,
 * a test or a screenshot script can use it without a database. Records refer to each other by stable keys
 * ({@code code}, {@code key}, {@code username}), never by database ids.
 *
 * <p>"Today" for this data is 2026-11-26: hearings up to then are DONE, later ones PLANNED.
 */
public final class DemoCity {

    /** A node of the organisation tree; {@code kind} is BUREAU (部), DEPARTMENT (課) or UNIT (係). */
    public record Dept(String code, String name, String kind, String parentCode) {}

    /** A hearing with one department; {@code notes} are Japanese Markdown. */
    public record Hearing(
            String key,
            String deptCode,
            String heldOn,
            String status,
            String interviewer,
            String participants,
            String notes,
            String followUp,
            boolean followUpDone) {}

    /** An issue raised in hearings; {@code hearingKeys} cite DONE hearings of the issue's departments. */
    public record Issue(
            String key,
            String title,
            String description,
            String background,
            String category,
            String proposal,
            String status,
            List<String> deptCodes,
            List<String> hearingKeys,
            Double annualHours,
            Integer fiscalYear) {

        public Issue {
            deptCodes = List.copyOf(deptCodes);
            hearingKeys = List.copyOf(hearingKeys);
        }
    }

    public record Criterion(
            String key,
            String name,
            String description,
            double weight,
            int minScore,
            int maxScore,
            String direction,
            int position) {}

    public record Rater(String username, String displayName, List<String> roles) {

        public Rater {
            roles = List.copyOf(roles);
        }
    }

    public record Score(String rater, String issueKey, String criterionKey, int value) {}

    /** The categories every issue draws from, in display order. */
    public static final List<String> CATEGORIES =
            List.of("紙・押印", "二重入力", "窓口", "電話対応", "古い端末", "情報共有", "集計・報告", "庁内調整");

    /** Every proposal starts with one of these kinds; the score generator reads the kind to shape its profile. */
    public static final List<String> PROPOSAL_KINDS = List.of(
            "電子申請", "電子決裁", "RPA", "ノーコードツール", "ハードウェア更新", "チャットボット", "業務プロセス見直し",
            "ファイル共有基盤", "Web公開");

    private static final List<Dept> DEPARTMENTS = List.of(
            new Dept("SOUMU", "総務部", "BUREAU", null),
            new Dept("SOUMU-SOUMU", "総務課", "DEPARTMENT", "SOUMU"),
            new Dept("SOUMU-JINJI", "人事課", "DEPARTMENT", "SOUMU"),
            new Dept("SOUMU-JINJI-KYUYO", "給与厚生係", "UNIT", "SOUMU-JINJI"),
            new Dept("SOUMU-JOHO", "情報政策課", "DEPARTMENT", "SOUMU"),
            new Dept("SOUMU-KEIYAKU", "契約管財課", "DEPARTMENT", "SOUMU"),
            new Dept("SOUMU-KIKI", "危機管理課", "DEPARTMENT", "SOUMU"),

            new Dept("KIKAKU", "企画部", "BUREAU", null),
            new Dept("KIKAKU-KIKAKU", "企画政策課", "DEPARTMENT", "KIKAKU"),
            new Dept("KIKAKU-ZAISEI", "財政課", "DEPARTMENT", "KIKAKU"),
            new Dept("KIKAKU-HISHO", "秘書広報課", "DEPARTMENT", "KIKAKU"),

            new Dept("SHIMIN", "市民部", "BUREAU", null),
            new Dept("SHIMIN-SHIMIN", "市民課", "DEPARTMENT", "SHIMIN"),
            new Dept("SHIMIN-SHIMIN-JUKI", "住民記録係", "UNIT", "SHIMIN-SHIMIN"),
            new Dept("SHIMIN-SHIMIN-KOSEKI", "戸籍係", "UNIT", "SHIMIN-SHIMIN"),
            new Dept("SHIMIN-HOKEN", "保険年金課", "DEPARTMENT", "SHIMIN"),
            new Dept("SHIMIN-ZEIMU", "税務課", "DEPARTMENT", "SHIMIN"),
            new Dept("SHIMIN-ZEIMU-SHIMINZEI", "市民税係", "UNIT", "SHIMIN-ZEIMU"),
            new Dept("SHIMIN-SHUNO", "収納課", "DEPARTMENT", "SHIMIN"),
            new Dept("SHIMIN-KYODO", "市民協働課", "DEPARTMENT", "SHIMIN"),

            new Dept("FUKUSHI", "福祉部", "BUREAU", null),
            new Dept("FUKUSHI-SHAFUKU", "福祉総務課", "DEPARTMENT", "FUKUSHI"),
            new Dept("FUKUSHI-SHOGAI", "障害福祉課", "DEPARTMENT", "FUKUSHI"),
            new Dept("FUKUSHI-KAIGO", "介護保険課", "DEPARTMENT", "FUKUSHI"),
            new Dept("FUKUSHI-SEIKATSU", "生活支援課", "DEPARTMENT", "FUKUSHI"),

            new Dept("KENKO", "健康こども部", "BUREAU", null),
            new Dept("KENKO-KOSODATE", "子育て支援課", "DEPARTMENT", "KENKO"),
            new Dept("KENKO-HOIKU", "保育課", "DEPARTMENT", "KENKO"),
            new Dept("KENKO-KENKO", "健康推進課", "DEPARTMENT", "KENKO"),

            new Dept("KENSETSU", "建設部", "BUREAU", null),
            new Dept("KENSETSU-DORO", "道路課", "DEPARTMENT", "KENSETSU"),
            new Dept("KENSETSU-TOSHI", "都市計画課", "DEPARTMENT", "KENSETSU"),
            new Dept("KENSETSU-KENCHIKU", "建築指導課", "DEPARTMENT", "KENSETSU"),
            new Dept("KENSETSU-GESUI", "下水道課", "DEPARTMENT", "KENSETSU"),

            new Dept("KANKYO", "環境経済部", "BUREAU", null),
            new Dept("KANKYO-KANKYO", "環境課", "DEPARTMENT", "KANKYO"),
            new Dept("KANKYO-NOSEI", "農政課", "DEPARTMENT", "KANKYO"),
            new Dept("KANKYO-SHOKO", "商工観光課", "DEPARTMENT", "KANKYO"),

            new Dept("KYOIKU", "教育委員会事務局", "BUREAU", null),
            new Dept("KYOIKU-SOMU", "教育総務課", "DEPARTMENT", "KYOIKU"),
            new Dept("KYOIKU-GAKKO", "学校教育課", "DEPARTMENT", "KYOIKU"),
            new Dept("KYOIKU-SHOGAI", "生涯学習課", "DEPARTMENT", "KYOIKU"));

    private static final List<Criterion> CRITERIA = List.of(
            new Criterion("CITIZEN", "市民サービス向上",
                    "市民の手続きの手間や待ち時間がどれだけ減るか（1: ほとんど変わらない、5: 多くの市民が大きく楽になる）。",
                    3.0, 1, 5, "BENEFIT", 1),
            new Criterion("STAFF", "職員負担軽減",
                    "職員の作業時間や負担がどれだけ減るか（1: ほとんど減らない、5: 年間数百時間以上の削減が見込める）。",
                    3.0, 1, 5, "BENEFIT", 2),
            new Criterion("URGENCY", "緊急性",
                    "放置したときの影響と期限の迫り具合（1: 急がなくてよい、5: 保守切れや苦情の多発で今すぐ対応が必要）。",
                    2.0, 1, 5, "BENEFIT", 3),
            new Criterion("SPREAD", "横展開可能性",
                    "同じ仕組みを他の課や業務にも使えるか（1: その業務だけで完結する、5: 全庁で使い回せる）。",
                    2.0, 1, 5, "BENEFIT", 4),
            new Criterion("COST", "費用",
                    "導入と運用にかかる費用の大きさ（1: 既存のツールでほぼ費用なし、5: 数千万円規模の予算が必要）。",
                    2.0, 1, 5, "COST", 5),
            new Criterion("DIFFICULTY", "実現難易度",
                    "調整・技術・制度面での難しさ（1: 課内ですぐに始められる、5: 複数課や外部機関との大きな調整が必要）。",
                    1.5, 1, 5, "COST", 6));

    /**
     * The one computed criterion (V7), so that a newcomer meets one: how many departments stand
     * behind an issue, mapped onto 1..5 by the cut points 2, 3, 4 and 6. Nobody scores it.
     */
    public static final Criterion REACH = new Criterion("REACH", "横展開（関係部署数）",
            "課題を挙げた課とヒアリングで同じ課題を挙げた課の数から自動で算出します（1: 1 課のみ、5: 6 課以上）。",
            1.0, 1, 5, "BENEFIT", 7);

    public static final String REACH_THRESHOLDS = "2,3,4,6";

    private static final List<Rater> RATERS = List.of(
            new Rater("aoki", "青木 健一", List.of("officer", "rater")),
            new Rater("sato", "佐藤 美咲", List.of("rater", "manager")),
            new Rater("tanaka", "田中 誠", List.of("rater")));

    private DemoCity() {}

    /** Bureaus (部), their departments (課) and a few units (係), parents before children. */
    public static List<Dept> departments() {
        return DEPARTMENTS;
    }

    /** Hearings in date order, keys H01.. in the same order. */
    public static List<Hearing> hearings() {
        return DemoCityHearings.ALL;
    }

    public static List<Issue> issues() {
        return DemoCityIssues.ALL;
    }

    public static List<Criterion> criteria() {
        return CRITERIA;
    }

    public static List<Rater> raters() {
        return RATERS;
    }

    /** Generated on each call, identically: see {@link DemoCityScores} for how. */
    public static List<Score> scores() {
        return DemoCityScores.generate(issues(), hearings(), criteria(), raters());
    }
}
