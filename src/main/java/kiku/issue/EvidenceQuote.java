package kiku.issue;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A quote from the notes of a hearing the issue links to, as the API and the backup show it
 * ({@code evidence} of an issue). A blank quote is no quote.
 */
public record EvidenceQuote(@NotNull Long hearingId, @Size(max = EvidenceQuote.MAX_LENGTH) String quote) {

    public static final int MAX_LENGTH = 1000;
}
