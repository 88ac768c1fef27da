package vn.vanthu.qr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.DecoderResult;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.decoder.Decoder;

/**
 * The encoder's symbols are read back by ZXing, an independent decoder: the module matrix directly
 * (every version 1-10, every mask) and a rendered image through ZXing's detector.
 */
class QrCodeTest {

    private static BitMatrix matrix(QrCode qr) {
        BitMatrix m = new BitMatrix(qr.size());
        for (int y = 0; y < qr.size(); y++) {
            for (int x = 0; x < qr.size(); x++) {
                if (qr.dark(x, y)) {
                    m.set(x, y);
                }
            }
        }
        return m;
    }

    private static byte[] decodeBytes(QrCode qr) throws Exception {
        DecoderResult result = new Decoder().decode(matrix(qr), Map.of(DecodeHintType.CHARACTER_SET, "ISO-8859-1"));
        assertEquals("M", result.getECLevel());
        return result.getText().getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void everyVersionAndMaskDecodesToTheSameBytes() throws Exception {
        Random random = new Random(20231206L);
        for (int version = 1; version <= QrCode.MAX_VERSION; version++) {
            int capacity = QrCode.capacity(version);
            for (int mask = 0; mask < 8; mask++) {
                int length = mask == 0 ? capacity : 1 + random.nextInt(capacity);
                byte[] data = new byte[length];
                random.nextBytes(data);
                QrCode qr = QrCode.encode(data, version, mask);
                assertEquals(version, qr.version(), "fits its version");
                assertEquals(mask, qr.mask());
                assertEquals(version * 4 + 17, qr.size());
                assertArrayEquals(data, decodeBytes(qr), "version " + version + " mask " + mask + " length " + length);
            }
        }
    }

    @Test
    void capacitiesAreThoseOfLevelMByteMode() {
        // ISO/IEC 18004 table 7, byte mode, level M.
        assertArrayEquals(new int[] {14, 26, 42, 62, 84, 106, 122, 152, 180, 213},
                java.util.stream.IntStream.rangeClosed(1, 10).map(QrCode::capacity).toArray());
    }

    @Test
    void manyRealLookupAddressesDecodeAndTheSmallestVersionIsChosen() throws Exception {
        Set<Integer> versions = new HashSet<>();
        Set<Integer> masks = new HashSet<>();
        for (int i = 1; i <= 300; i++) {
            String text = "https://phuho.gov.vn/tra-cuu-ho-so?code=H15.50.05.13-2301" + String.format("%02d-%04d", i % 28 + 1, i)
                    + "&x=" + "a".repeat(i % 130);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            QrCode qr = QrCode.encode(text);
            assertEquals(text, new String(decodeBytes(qr), StandardCharsets.UTF_8));
            assertTrue(bytes.length <= QrCode.capacity(qr.version()));
            assertTrue(qr.version() == 1 || bytes.length > QrCode.capacity(qr.version() - 1), "smallest version for " + bytes.length);
            versions.add(qr.version());
            masks.add(qr.mask());
        }
        assertTrue(versions.size() >= 5, "several versions exercised: " + versions);
        assertTrue(masks.size() >= 4, "the penalty picks different masks: " + masks);
    }

    @Test
    void vietnameseTextRoundTripsAsUtf8() throws Exception {
        String text = "Tra cứu hồ sơ: Đăng ký khai sinh – H15.50.05.13-230119-0001";
        QrCode qr = QrCode.encode(text);
        assertEquals(text, new String(decodeBytes(qr), StandardCharsets.UTF_8));
    }

    @Test
    void aRenderedImageIsFoundAndReadByTheDetector() throws Exception {
        String text = "https://xa.example.vn/alfresco/s/vanthu/public/dossier?code=H15.50.05.13-230119-0007";
        QrCode qr = QrCode.encode(text);
        int scale = 4;
        int full = (qr.size() + 8) * scale;
        byte[] pixels = new byte[full * full];
        java.util.Arrays.fill(pixels, (byte) 0xFF);
        for (int y = 0; y < qr.size(); y++) {
            for (int x = 0; x < qr.size(); x++) {
                if (qr.dark(x, y)) {
                    for (int dy = 0; dy < scale; dy++) {
                        for (int dx = 0; dx < scale; dx++) {
                            pixels[((y + 4) * scale + dy) * full + (x + 4) * scale + dx] = 0;
                        }
                    }
                }
            }
        }
        LuminanceSource source = new GrayImage(full, pixels);
        Result result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                Map.of(DecodeHintType.POSSIBLE_FORMATS, BarcodeFormat.QR_CODE));
        assertEquals(text, result.getText());
        assertEquals("M", result.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL));
    }

    @Test
    void svgHasOnePathInsideAQuietZoneAndEscapesItsTitle() {
        QrCode qr = QrCode.encode("x");
        String svg = qr.toSvg(120, "Mã <hồ sơ> \"1\"");
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 29 29\" width=\"120\""), svg);
        assertTrue(svg.contains("<title>Mã &lt;hồ sơ&gt; &quot;1&quot;</title>"), svg);
        assertEquals(1, svg.split("<path", -1).length - 1);
    }

    @Test
    void tooLongInputIsRefusedWithItsLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QrCode.encode(new byte[214]));
        assertTrue(e.getMessage().contains("214"), e.getMessage());
    }

    /** An 8-bit grey image for ZXing without java.awt. */
    private static final class GrayImage extends LuminanceSource {
        private final byte[] pixels;

        GrayImage(int size, byte[] pixels) {
            super(size, size);
            this.pixels = pixels;
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] out = row == null || row.length < getWidth() ? new byte[getWidth()] : row;
            System.arraycopy(pixels, y * getWidth(), out, 0, getWidth());
            return out;
        }

        @Override
        public byte[] getMatrix() {
            return pixels;
        }
    }
}
