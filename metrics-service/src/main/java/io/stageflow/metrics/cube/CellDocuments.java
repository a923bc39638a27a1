package io.stageflow.metrics.cube;

import java.time.LocalDate;
import org.bson.Document;
import org.bson.types.Decimal128;

/** Reads a stored cell back into figures. */
final class CellDocuments {
    private CellDocuments() {}

    static Cell cellOf(Document document) {
        CellKey key = new CellKey(
                document.getString(CellStore.TENANT),
                document.getString(CellStore.FAMILY),
                LocalDate.parse(document.getString(CellStore.DAY)),
                new Slice(
                        document.getString(CellStore.DIMENSION),
                        document.getString(CellStore.VALUE),
                        document.getString(CellStore.SCOPE)));
        Figures figures = new Figures();
        Document counts = document.get(CellStore.COUNTS, Document.class);
        if (counts != null) {
            counts.forEach((name, count) -> figures.count(name, ((Number) count).longValue()));
        }
        Document sums = document.get(CellStore.SUMS, Document.class);
        if (sums != null) {
            sums.forEach((name, sum) -> figures.sum(name, ((Decimal128) sum).bigDecimalValue()));
        }
        return new Cell(key, figures);
    }
}
