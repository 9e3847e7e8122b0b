import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;

import javax.imageio.ImageIO;

/**
 * Compares two PNG images of one size pixel by pixel: prints how many pixels differ, how many by more than 8
 * levels in a channel, and the largest difference. Usage: java ComparePng.java A.png B.png
 */
public class ComparePng {

    public static void main(String[] args) throws IOException {
        BufferedImage a = ImageIO.read(new File(args[0]));
        BufferedImage b = ImageIO.read(new File(args[1]));
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            System.out.println("sizes differ");
            System.exit(1);
        }
        int differ = 0;
        int beyond8 = 0;
        int largest = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                int most = 0;
                for (int shift = 0; shift < 32; shift += 8) {
                    most = Math.max(most, Math.abs((p >>> shift & 0xff) - (q >>> shift & 0xff)));
                }
                differ += most > 0 ? 1 : 0;
                beyond8 += most > 8 ? 1 : 0;
                largest = Math.max(largest, most);
            }
        }
        System.out.printf("%d x %d: %d pixels differ (%.3f %%), %d by more than 8 levels, largest %d%n", a.getWidth(),
                a.getHeight(), differ, 100.0 * differ / (a.getWidth() * a.getHeight()), beyond8, largest);
    }
}
