package no.tiltaksradar.propose;

import java.util.List;
import no.tiltaksradar.model.Chunk;
import no.tiltaksradar.model.SourceDocument;

/**
 * Finds candidate measures and goals in one document. Every candidate names that document and
 * carries a quote copied from its text, the page of the quote's first word, offsets and section.
 * "No measures" is a valid answer: an empty batch.
 */
public interface MeasureProposer {

    /**
     * @param document the document, pages and layout included
     * @param chunks the document's chunks (all of them, already in the index under {@code document.id()})
     * @throws ProposalException when the document could not be processed at all
     */
    ProposalBatch propose(SourceDocument document, List<Chunk> chunks) throws ProposalException;

    /** Short id recorded in each candidate's {@code proposer} field, e.g. {@code pattern/1}. */
    String id();
}
