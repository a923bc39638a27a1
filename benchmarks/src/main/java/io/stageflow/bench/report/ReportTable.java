package io.stageflow.bench.report;

import java.util.List;

/** The figures as a markdown table, one row each. */
public final class ReportTable {
    private ReportTable() {}

    public static String markdown(List<Figure> figures) {
        StringBuilder table = new StringBuilder();
        table.append("| id | measure | value | baseline | ratio | target | met? | notes |\n");
        table.append("|---|---|---:|---|---:|---|---|---|\n");
        for (Figure f : figures) {
            table.append("| ")
                    .append(f.id())
                    .append(" | ")
                    .append(cell(f.measure()))
                    .append(" | ")
                    .append(f.formattedValue())
                    .append(" | ")
                    .append(cell(f.baseline()))
                    .append(" | ")
                    .append(f.ratio() == null ? "—" : Format.ratio(f.ratio()))
                    .append(" | ")
                    .append(cell(f.target()))
                    .append(" | ")
                    .append(f.met() == null ? "—" : f.met() ? "yes" : "no")
                    .append(" | ")
                    .append(cell(f.notes()))
                    .append(" |\n");
        }
        return table.toString();
    }

    private static String cell(String text) {
        return text == null || text.isBlank() ? "—" : text.replace("|", "\\|").replace("\n", " ");
    }
}
