package vn.kcnatlas.map.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** The image formats maps are served in. */
public enum ImageFormat {
    PNG("image/png", "png", true, 0.75f),
    JPEG("image/jpeg", "jpeg", false, 0.85f);

    private final String mediaType;
    private final String writerName;
    private final boolean alpha;
    /**
     * For PNG the JDK maps quality to deflate effort: 0.75 gives a fast, light deflate, which matters
     * because encoding is a large share of rendering a tile. For JPEG it is the usual visual quality.
     */
    private final float quality;

    ImageFormat(String mediaType, String writerName, boolean alpha, float quality) {
        this.mediaType = mediaType;
        this.writerName = writerName;
        this.alpha = alpha;
        this.quality = quality;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether the format keeps transparency. */
    public boolean alpha() {
        return alpha;
    }

    public static Optional<ImageFormat> byMediaType(String mediaType) {
        String wanted = mediaType.strip().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(wanted)).findFirst();
    }

    public byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(writerName).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode " + mediaType, e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
