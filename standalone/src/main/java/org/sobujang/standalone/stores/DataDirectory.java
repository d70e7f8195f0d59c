package org.sobujang.standalone.stores;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The directory an embedded default (or the split topology's stand-in stores) keeps everything in: readable by its
 * owner only, and held by one running process at a time through an operating-system lock on {@value #LOCK}. The lock
 * dies with the process (a kill -9 included), so a later start knows that a database server still running on this
 * directory was left behind by a process that is gone, and may stop it.
 */
public final class DataDirectory implements AutoCloseable {

    static final String LOCK = ".lock";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectory(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates the directory if needed (owner-only), restricts an existing one to its owner, and takes its lock.
     *
     * @throws IllegalStateException when another running process holds it
     */
    public static DataDirectory open(Path directory) throws IOException {
        Path path = directory.toAbsolutePath().normalize();
        Files.createDirectories(path);
        ownerOnly(path);
        FileChannel channel = FileChannel.open(path.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("The data directory " + path + " is in use by another running process; "
                                            + "stop it first or choose another data directory");
        }
        return new DataDirectory(path, channel, lock);
    }

    public Path path() {
        return path;
    }

    public Path resolve(String name) {
        return path.resolve(name);
    }

    /** Writes {@code text} to a file that is owner-only before the first byte is written, replacing it atomically. */
    public static void writePrivate(Path file, String text) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(partial);
        Files.createFile(partial);
        ownerOnly(partial);
        Files.writeString(partial, text, java.nio.charset.StandardCharsets.UTF_8);
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                   java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Owner-only permissions where the file system has POSIX permissions (a no-op elsewhere). */
    static void ownerOnly(Path path) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        if (Files.isDirectory(path)) {
            Files.setPosixFilePermissions(path, OWNER_ONLY);
        } else {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
