package vn.kcnatlas.map.style;

import java.awt.Color;

/**
 * How far apart two colours are: CIEDE2000 (G. Sharma, W. Wu, E. N. Dalal, "The CIEDE2000 Color-Difference
 * Formula: Implementation Notes, Supplementary Test Data, and Mathematical Observations", Color Research and
 * Application 30(1), 2005) over CIELAB under D65, and the WCAG 2.2 contrast ratio.
 */
final class ColourDifference {

    private ColourDifference() {
    }

    /** sRGB to linear RGB, each 0–1. */
    static double[] linear(Color colour) {
        return new double[] {linear(colour.getRed()), linear(colour.getGreen()), linear(colour.getBlue())};
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** The WCAG 2.2 contrast ratio, 1–21. */
    static double contrast(Color a, Color b) {
        double la = luminance(linear(a));
        double lb = luminance(linear(b));
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(double[] rgb) {
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    /** CIEDE2000 ΔE between two colours given in linear RGB. */
    static double ciede2000(double[] rgb1, double[] rgb2) {
        return ciede2000Lab(lab(rgb1), lab(rgb2));
    }

    /** CIEDE2000 ΔE between two CIELAB colours. */
    static double ciede2000Lab(double[] lab1, double[] lab2) {
        double c1 = Math.hypot(lab1[1], lab1[2]);
        double c2 = Math.hypot(lab2[1], lab2[2]);
        double g = 0.5 * (1 - Math.sqrt(pow7((c1 + c2) / 2) / (pow7((c1 + c2) / 2) + pow7(25))));
        double a1 = (1 + g) * lab1[1];
        double a2 = (1 + g) * lab2[1];
        double c1p = Math.hypot(a1, lab1[2]);
        double c2p = Math.hypot(a2, lab2[2]);
        double h1p = hue(lab1[2], a1);
        double h2p = hue(lab2[2], a2);
        double dL = lab2[0] - lab1[0];
        double dC = c2p - c1p;
        double dh = c1p * c2p == 0 ? 0 : h2p - h1p > 180 ? h2p - h1p - 360 : h2p - h1p < -180 ? h2p - h1p + 360 : h2p - h1p;
        double dH = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dh / 2));
        double meanL = (lab1[0] + lab2[0]) / 2;
        double meanC = (c1p + c2p) / 2;
        double meanH = c1p * c2p == 0 ? h1p + h2p
                : Math.abs(h1p - h2p) <= 180 ? (h1p + h2p) / 2
                : h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
        double t = 1 - 0.17 * cos(meanH - 30) + 0.24 * cos(2 * meanH) + 0.32 * cos(3 * meanH + 6) - 0.20 * cos(4 * meanH - 63);
        double dTheta = 30 * Math.exp(-Math.pow((meanH - 275) / 25, 2));
        double rc = 2 * Math.sqrt(pow7(meanC) / (pow7(meanC) + pow7(25)));
        double sl = 1 + 0.015 * Math.pow(meanL - 50, 2) / Math.sqrt(20 + Math.pow(meanL - 50, 2));
        double sc = 1 + 0.045 * meanC;
        double sh = 1 + 0.015 * meanC * t;
        double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
        return Math.sqrt(Math.pow(dL / sl, 2) + Math.pow(dC / sc, 2) + Math.pow(dH / sh, 2) + rt * (dC / sc) * (dH / sh));
    }

    /** Linear RGB to CIELAB, D65 white. */
    static double[] lab(double[] rgb) {
        double x = (0.4124564 * rgb[0] + 0.3575761 * rgb[1] + 0.1804375 * rgb[2]) / 0.95047;
        double y = 0.2126729 * rgb[0] + 0.7151522 * rgb[1] + 0.0721750 * rgb[2];
        double z = (0.0193339 * rgb[0] + 0.1191920 * rgb[1] + 0.9503041 * rgb[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double hue(double b, double a) {
        double degrees = Math.toDegrees(Math.atan2(b, a));
        return degrees < 0 ? degrees + 360 : degrees;
    }

    private static double cos(double degrees) {
        return Math.cos(Math.toRadians(degrees));
    }

    private static double pow7(double value) {
        return Math.pow(value, 7);
    }
}
