package vn.kcnatlas.map.style;

import java.awt.Color;

/**
 * How a colour looks with normal vision and with each dichromacy (severity 1.0), by the matrices of
 * G. M. Machado, M. M. Oliveira and L. A. F. Fernandes, "A Physiologically-based Model for Simulation of Color
 * Vision Deficiency", IEEE Transactions on Visualization and Computer Graphics 15(6), 2009, pp. 1291–1298,
 * applied to linear RGB.
 */
enum Vision {
    NORMAL(null),
    PROTANOPIA(new double[][] {
        {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}),
    DEUTERANOPIA(new double[][] {
        {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}),
    TRITANOPIA(new double[][] {
        {1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}});

    private final double[][] matrix;

    Vision(double[][] matrix) {
        this.matrix = matrix;
    }

    /** The colour as this reader sees it, in linear RGB (0–1). */
    double[] sees(Color colour) {
        double[] linear = ColourDifference.linear(colour);
        if (matrix == null) {
            return linear;
        }
        double[] seen = new double[3];
        for (int row = 0; row < 3; row++) {
            double sum = 0;
            for (int column = 0; column < 3; column++) {
                sum += matrix[row][column] * linear[column];
            }
            seen[row] = Math.clamp(sum, 0, 1);
        }
        return seen;
    }
}
