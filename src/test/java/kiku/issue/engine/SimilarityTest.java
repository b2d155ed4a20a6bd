package kiku.issue.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimilarityTest {

    private static double sim(String a, String b) {
        return Similarity.cosine(Similarity.profile(a), Similarity.profile(b));
    }

    @Test
    void identicalTextsAreOneAndUnrelatedAreZero() {
        assertEquals(1.0, sim("紙の決裁で押印待ちが発生", "紙の決裁で押印待ちが発生"), 1e-12);
        assertEquals(0.0, sim("押印", "サーバー更新"), 1e-12);
        assertEquals(0.0, sim("", "押印"), 1e-12);
    }

    @Test
    void normalisesWidthCaseSpacingAndPunctuation() {
        assertEquals(1.0, sim("ＰＣが遅い！", "pc が 遅い"), 1e-12);
        assertEquals(1.0, sim("ｶﾅ入力", "カナ入力"), 1e-12);
    }

    /** The same problem in other words must rank above an unrelated issue. */
    @ParameterizedTest
    @CsvSource({
        "紙の決裁で押印待ちが発生している, 決裁文書の押印待ちで処理が止まる, 古いパソコンの起動が遅い",
        "出勤簿が紙で集計に手間がかかる, 紙の出勤簿を毎月手作業で集計している, 窓口の待ち時間が長い",
        "庁内のPCが古く動作が遅い, 古いＰＣで業務システムの動作が遅い, 住民票の申請書を手入力している",
        "電話での問い合わせ対応に追われる, 問い合わせ電話の対応で業務が中断する, 道路台帳が紙で検索できない",
    })
    void sameProblemInOtherWordsRanksAboveUnrelated(String issue, String sameProblem, String unrelated) {
        double close = sim(issue, sameProblem);
        double far = sim(issue, unrelated);
        assertTrue(close > far + 0.1, close + " vs " + far);
    }

    @Test
    void theTitleWeighsMoreThanTheDescription() {
        Similarity.Profile a = Similarity.profile("押印待ち", "窓口が混雑する");
        Similarity.Profile sameTitle = Similarity.profile("押印待ち", "サーバーが古い");
        Similarity.Profile sameText = Similarity.profile("サーバー更新", "窓口が混雑する");
        assertTrue(Similarity.cosine(a, sameTitle) > Similarity.cosine(a, sameText));
    }

    @Test
    void isSymmetricAndBounded() {
        String a = "紙の申請書を手入力";
        String b = "申請書の手入力作業";
        assertEquals(sim(a, b), sim(b, a), 1e-12);
        assertTrue(sim(a, b) > 0 && sim(a, b) < 1);
    }
}
