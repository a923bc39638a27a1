package io.stageflow.bench.query;

import io.stageflow.bench.org.EventSink;
import io.stageflow.events.EventEnvelope;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The baseline's data: every generated event as one row of a DuckDB table, appended as it is
 * published, with the fields its payload carries and nothing derived across events (which opportunity
 * belongs to which lead, say, is only on the opening, as on the topics). No index: DuckDB scans.
 */
public final class RawEvents implements EventSink, AutoCloseable {
    static final String TABLE = "events";
    private static final String SCHEMA = "CREATE TABLE " + TABLE + " ("
            + "tenant VARCHAR, aggregate_id VARCHAR, aggregate_type VARCHAR, event_type VARCHAR, seq BIGINT,"
            + " occurred_at TIMESTAMP, recorded_at TIMESTAMP, lead_id VARCHAR, opportunity_id VARCHAR,"
            + " stage_from VARCHAR, stage_to VARCHAR, source VARCHAR, industry VARCHAR, region VARCHAR,"
            + " rep VARCHAR, team VARCHAR, campaign VARCHAR, contact_role VARCHAR, competitor VARCHAR,"
            + " reason VARCHAR, amount DECIMAL(18,2), currency VARCHAR, close_date DATE, period VARCHAR)";

    private final DuckDBConnection connection;
    private DuckDBAppender appender;
    private long rows;

    private RawEvents(DuckDBConnection connection) throws SQLException {
        this.connection = connection;
        try (Statement statement = connection.createStatement()) {
            // Leave the services most of the machine's memory; DuckDB spills to its file beyond this.
            statement.execute("SET memory_limit = '2GB'");
            statement.execute(SCHEMA);
        }
        this.appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, TABLE);
    }

    /** A database file of its own in {@code dir}. */
    public static RawEvents create(Path dir) {
        try {
            Connection connection = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("raw-events.duckdb"));
            return new RawEvents(connection.unwrap(DuckDBConnection.class));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open DuckDB: " + e.getMessage(), e);
        }
    }

    @Override
    public void accept(EventEnvelope event) {
        try {
            RawEventRow.append(appender.beginRow(), event);
            appender.endRow();
            rows++;
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB refused " + event.type().typeName() + ": " + e.getMessage(), e);
        }
    }

    /** Makes every appended row visible to queries. */
    public void flush() {
        try {
            appender.close();
            appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, TABLE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot flush DuckDB: " + e.getMessage(), e);
        }
    }

    public long rows() {
        return rows;
    }

    public Connection connection() {
        return connection;
    }

    public String version() {
        try (Statement statement = connection.createStatement();
                var result = statement.executeQuery("SELECT version()")) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            return "unknown";
        }
    }

    @Override
    public void close() {
        try {
            appender.close();
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
