package com.jeweltrak.contacts.scan;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import net.sourceforge.tess4j.ITessAPI.ETEXT_DESC;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.TessAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Debian's Tesseract (libtesseract.so.5 from tesseract-ocr, English from tesseract-ocr-eng) through
 * Tess4J's JNA interface mapping. Tess4J's direct mapping ({@code TessAPI1}) is not used: it binds
 * every function at class load and fails on Debian's 5.3, which lacks functions Tess4J 5.20 declares;
 * the interface binds each function on first call. JNA finds the versioned {@code libtesseract.so.5}
 * itself, so the -dev package (the unversioned symlink) is not needed.
 * <p>
 * The library is loaded on first use, not at start-up, so the app runs without the engine and scanning
 * says it is unavailable. A Tesseract handle is not thread-safe: each call borrows one from a small
 * pool of initialised handles (initialising English costs ~0.2 s) and gives it back; callers cap how
 * many run at once.
 */
@Component
class TesseractEngine implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TesseractEngine.class);
    private static final String LANGUAGE = "eng";
    private static final int KEPT_HANDLES = 2;

    private final Path tessdata;
    private final List<String> libraryNames;
    private final BlockingQueue<TessBaseAPI> idle = new ArrayBlockingQueue<>(KEPT_HANDLES);
    private volatile TessAPI api;
    private volatile boolean checked;

    @Autowired
    TesseractEngine(@Value("${JEWELTRAK_TESSDATA:/usr/share/tesseract-ocr/5/tessdata}") String tessdata) {
        // JNA resolves "tesseract" to the versioned libtesseract.so.5; the file name is a second try
        this(tessdata, List.of("tesseract", "libtesseract.so.5"));
    }

    TesseractEngine(String tessdata, List<String> libraryNames) {
        this.tessdata = Path.of(tessdata);
        this.libraryNames = List.copyOf(libraryNames);
    }

    boolean available() {
        if (!checked) {
            load();
        }
        return api != null;
    }

    private synchronized void load() {
        if (checked) {
            return;
        }
        try {
            api = loadedLibrary();
        } finally {
            // only now: a concurrent first caller must wait for the outcome, not read "not loaded yet" as "missing"
            checked = true;
        }
    }

    private TessAPI loadedLibrary() {
        if (!Files.isReadable(tessdata.resolve(LANGUAGE + ".traineddata"))) {
            log.warn("Business-card scanning is unavailable: no {}.traineddata in {} (install tesseract-ocr-eng or "
                    + "set JEWELTRAK_TESSDATA)", LANGUAGE, tessdata);
            return null;
        }
        oneThreadPerScan();
        for (String name : libraryNames) {
            try {
                TessAPI loaded = Native.load(name, TessAPI.class);
                log.info("Business-card scanning uses Tesseract {} with {}", loaded.TessVersion(), tessdata);
                return loaded;
            } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
                log.debug("Tesseract not loadable as {}: {}", name, e.getMessage());
            }
        }
        log.warn("Business-card scanning is unavailable: libtesseract.so.5 not found (install tesseract-ocr)");
        return null;
    }

    /**
     * Debian builds Tesseract with OpenMP, which spreads one page over every core; with two scans allowed at
     * once on a small server its spinning threads fight each other (measured on a busy 2-core machine: 4–9 s
     * a card with two OpenMP threads, 0.35–0.6 s with one). libgomp reads OMP_THREAD_LIMIT when it is loaded,
     * i.e. with libtesseract, so it is set just before — unless the operator set it.
     */
    private static void oneThreadPerScan() {
        try {
            Native.load("c", CLibrary.class).setenv("OMP_THREAD_LIMIT", "1", 0);
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            log.debug("OMP_THREAD_LIMIT not set: {}", e.getMessage());
        }
    }

    interface CLibrary extends Library {
        int setenv(String name, String value, int overwrite);
    }

    /**
     * The text Tesseract reads on a grayscale image; {@link CardImageUnreadable} when it passes the time
     * limit (Tesseract's own deadline stops the native work, so no thread is left running).
     */
    String read(BufferedImage gray, Duration limit) {
        if (!available()) {
            throw CardScanningUnavailable.engineMissing();
        }
        if (gray.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            throw new IllegalArgumentException("a TYPE_BYTE_GRAY image is expected");
        }
        try {
            TessBaseAPI handle = borrow();
            boolean reusable = false;
            try {
                String text = recognise(handle, gray, limit);
                reusable = true;
                return text;
            } finally {
                if (!(reusable && idle.offer(handle))) {
                    end(handle);
                }
            }
        } catch (UnsatisfiedLinkError e) {
            // a libtesseract without a function Tess4J declares (older than the 4.x API): say so, not a 500
            log.warn("Business-card scanning failed in the Tesseract library: {}", e.getMessage());
            throw CardScanningUnavailable.engineMissing();
        }
    }

    private String recognise(TessBaseAPI handle, BufferedImage gray, Duration limit) {
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length).put(pixels).flip();
        api.TessBaseAPISetPageSegMode(handle, TessPageSegMode.PSM_AUTO);
        api.TessBaseAPISetImage(handle, buffer, gray.getWidth(), gray.getHeight(), 1, gray.getWidth());
        api.TessBaseAPISetSourceResolution(handle, 300);
        long started = System.nanoTime();
        ETEXT_DESC monitor = api.TessMonitorCreate();
        // Tess4J's ETEXT_DESC is shorter than 5.3's; never copy it back and forth, only pass the pointer
        monitor.setAutoSynch(false);
        try {
            api.TessMonitorSetDeadlineMSecs(monitor, (int) limit.toMillis());
            api.TessBaseAPIRecognize(handle, monitor);
        } finally {
            api.TessMonitorDelete(monitor);
        }
        if (Duration.ofNanos(System.nanoTime() - started).compareTo(limit) >= 0) {
            throw new CardImageUnreadable("Reading this photo took too long; take a closer, sharper photo of the "
                    + "card or type the details.");
        }
        Pointer text = api.TessBaseAPIGetUTF8Text(handle);
        try {
            return text == null ? "" : text.getString(0, StandardCharsets.UTF_8.name());
        } finally {
            if (text != null) {
                api.TessDeleteText(text);
            }
            api.TessBaseAPIClear(handle);
        }
    }

    private TessBaseAPI borrow() {
        TessBaseAPI handle = idle.poll();
        if (handle != null) {
            return handle;
        }
        handle = api.TessBaseAPICreate();
        if (api.TessBaseAPIInit3(handle, tessdata.toString(), LANGUAGE) != 0) {
            end(handle);
            log.warn("Tesseract could not load {} from {}", LANGUAGE, tessdata);
            throw CardScanningUnavailable.engineMissing();
        }
        return handle;
    }

    private void end(TessBaseAPI handle) {
        api.TessBaseAPIEnd(handle);
        api.TessBaseAPIDelete(handle);
    }

    @Override
    public void destroy() {
        TessBaseAPI handle;
        while ((handle = idle.poll()) != null) {
            end(handle);
        }
    }
}
