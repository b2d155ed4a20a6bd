package kiku.demo;

import java.util.List;

/**
 * What some demo issues quote from the notes of their hearings, word for word, so that a newcomer sees
 * evidence quotes on the issue page and in the report. I01 and I15 (a near-duplicate pair) both quote,
 * so that merging them shows quotes moving along.
 */
final class DemoCityQuotes {

    /** The quote on the link of an issue to one of its hearings. */
    record Quote(String issueKey, String hearingKey, String text) {}

    static final List<Quote> ALL = List.of(
            new Quote("I01", "H01", "「PCが遅い」という苦情が毎週のように寄せられる"),
            new Quote("I03", "H01", "ヘルプデスクの問い合わせは電話か口頭が中心で、対応履歴が残らない"),
            new Quote("I06", "H02", "転入された方に、住所・氏名を何枚もの申請書へ繰り返し書いてもらっている"),
            new Quote("I06", "H05", "転入時に市民課で書いた内容を、もう一度書いてもらっている"),
            new Quote("I07", "H02", "証明書の待ち時間が長い。コンビニ交付の利用率は約18%にとどまる"),
            new Quote("I14", "H04", "納税通知書の発送後2週間は電話が鳴りやまない（1日 最大150件）"),
            new Quote("I15", "H05", "朝、PCの起動に10分以上かかり、8時30分の窓口開始に間に合わないことがある"),
            new Quote("I35", "H03", "出勤簿は紙。各課の庶務担当が押印を確認し、月末に人事課へ回付"),
            new Quote("I39", "H03", "採用試験の申込は紙とメール。受験者名簿を手で作成（年間 約350名）"));

    private DemoCityQuotes() {}
}
