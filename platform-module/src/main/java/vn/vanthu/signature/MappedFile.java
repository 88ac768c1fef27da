package vn.vanthu.signature;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A file mapped read-only into memory for one verification. The digest then reads the page
 * cache directly instead of having every byte copied twice by {@code read} (kernel to a direct
 * buffer, then to the heap), and the search thread reading the same pages ahead of the digest
 * takes their page faults off the digest's path.
 *
 * <p>The mapping is released by {@link #close()} as soon as no thread can read it any more (the
 * caller makes sure of that), through the JDK's buffer cleaner when it is reachable; otherwise
 * the garbage collector releases it later. A file that shrinks while mapped makes the JVM throw
 * {@link InternalError} on access: callers turn it into an {@link IOException}.
 */
final class MappedFile implements AutoCloseable {

    /** Larger files are read with {@code read}, as a mapping is limited to 2 GiB and costs address space. */
    static final long MAX_SIZE = 1L << 30;
    private static final MethodHandle UNMAP = unmapper();
    /**
     * Unmapping a large file takes a few tenths of a millisecond (every page's mapping is undone):
     * one daemon thread does it after the verification has returned, off its elapsed time.
     */
    private static final ThreadPoolExecutor RELEASER = new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(256), r -> {
                Thread t = new Thread(r, "vanthu-signature-unmap");
                t.setDaemon(true);
                return t;
            });

    private final MappedByteBuffer buffer;

    private MappedFile(MappedByteBuffer buffer) {
        this.buffer = buffer;
    }

    /** Maps {@code [0, size)}, or returns null when this channel or size cannot be mapped (the caller reads instead). */
    static MappedFile map(FileChannel channel, long size) {
        if (size <= 0 || size > MAX_SIZE) {
            return null;
        }
        try {
            if (channel.size() < size) {
                // Mapped pages past the end of a file fault on access: read such a file instead.
                return null;
            }
            MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
            return mapped.capacity() == size ? new MappedFile(mapped) : null;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The mapped bytes; share it only through {@link ByteBuffer#duplicate()} or absolute reads. */
    ByteBuffer buffer() {
        return buffer;
    }

    /**
     * Unmaps soon, on the releasing thread (now, on this one, when its queue is full). Only when no
     * thread will read the buffer again: a later access would crash the JVM.
     */
    void release() {
        if (UNMAP == null) {
            return;
        }
        try {
            RELEASER.execute(this::close);
        } catch (RejectedExecutionException busy) {
            close();
        }
    }

    /** Unmaps now. Only when no thread will read the buffer again: a later access would crash the JVM. */
    @Override
    public void close() {
        if (UNMAP != null) {
            try {
                UNMAP.invokeExact((ByteBuffer) buffer);
            } catch (Throwable notReleased) {
                // left to the garbage collector
            }
        }
    }

    /** {@code sun.misc.Unsafe.invokeCleaner(ByteBuffer)} (module jdk.unsupported, opened to everyone), or null. */
    private static MethodHandle unmapper() {
        try {
            Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
            Field theUnsafe = unsafeClass.getDeclaredField("theUnsafe");
            theUnsafe.setAccessible(true);
            return MethodHandles.lookup()
                    .findVirtual(unsafeClass, "invokeCleaner", MethodType.methodType(void.class, ByteBuffer.class))
                    .bindTo(theUnsafe.get(null));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** True when mappings are released at once rather than by the garbage collector. */
    static boolean releasesPromptly() {
        return UNMAP != null;
    }
}
