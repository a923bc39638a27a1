package io.stageflow.localinfra;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB wire-protocol server in this JVM: file-backed (H2 MVStore) with a data dir, in memory
 * without. It is not MongoDB: no transactions, non-unique indexes ignored, a subset of aggregation;
 * a query naming one {@code _id} among other conditions finds it through the id index as MongoDB
 * does ({@link IdLookup}), in memory and on file.
 */
public final class LocalMongo implements AutoCloseable {

    private static final String STORE_FILE = "mongo.mv.db";
    private static final String HOST = "127.0.0.1";

    private final Path storeFile;
    private int port;
    private MongoServer server;
    private MongoBackend backend;

    private LocalMongo(Path storeFile, int port) {
        this.storeFile = storeFile;
        this.port = port;
    }

    /**
     * @param dataDirOrNull directory for the store file; null keeps everything in memory, so data
     *     does not survive a {@link #restart()}
     * @param portOr0 0 picks a free port, kept for restarts of this instance
     */
    public static LocalMongo start(Path dataDirOrNull, int portOr0) {
        Path file = dataDirOrNull == null ? null : createDirs(dataDirOrNull).resolve(STORE_FILE);
        LocalMongo mongo = new LocalMongo(file, portOr0);
        mongo.startServer();
        return mongo;
    }

    public static LocalMongo start() {
        return start(null, 0);
    }

    public String connectionString() {
        return "mongodb://" + HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Stops listening and closes the store, which flushes it to the file. */
    public synchronized void stop() {
        if (backend == null) {
            return;
        }
        try {
            if (server != null) {
                server.shutdownNow();
            }
        } finally {
            // The server leaves its backend open; only closing it commits and releases the file.
            backend.close();
            server = null;
            backend = null;
        }
    }

    /** Starts a stopped server again (or bounces a running one) on the same port and file. */
    public synchronized void restart() {
        stop();
        startServer();
    }

    /**
     * An outage that keeps the data, even in memory: every connection is cut and the port refuses
     * new ones until {@link #resume()}, as when the database's host is unreachable.
     */
    public synchronized void interrupt() {
        if (server != null) {
            server.shutdownNow();
            server = null;
        }
    }

    /** Ends an {@link #interrupt()}: the same data answers on the same port again. */
    public synchronized void resume() {
        if (server == null && backend != null) {
            MongoServer mongoServer = new MongoServer(kept(backend));
            mongoServer.bind(new InetSocketAddress(HOST, port), 1, 0);
            server = mongoServer;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private synchronized void startServer() {
        MongoBackend store = storeFile == null ? new MemoryStore() : new FileStore(storeFile.toString());
        MongoServer mongoServer = new MongoServer(kept(store));
        try {
            // One acceptor thread is plenty; workers default to two per core.
            mongoServer.bind(new InetSocketAddress(HOST, port), 1, 0);
        } catch (RuntimeException e) {
            mongoServer.shutdownNow();
            store.close();
            throw e;
        }
        port = mongoServer.getLocalAddress().getPort();
        server = mongoServer;
        backend = store;
    }

    /**
     * The store as a server sees it. A server closes its backend when it shuts down, and closing the
     * in-memory one empties it; an {@link #interrupt()} must keep the data, so only {@link #stop()}
     * closes the store itself.
     */
    private static MongoBackend kept(MongoBackend store) {
        return (MongoBackend) Proxy.newProxyInstance(
                MongoBackend.class.getClassLoader(), new Class<?>[] {MongoBackend.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        return null;
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static Path createDirs(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
    }
}
