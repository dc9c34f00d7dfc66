package io.newsflow.enrich.topics;

import java.util.List;

/** Turns texts into unit-length vectors; the seam that lets the lexical fallback and tests stand in. */
interface Embedder {

    float[][] embed(List<String> texts);

    static float dot(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static float[] normalize(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        float inv = n == 0 ? 0 : (float) (1 / Math.sqrt(n));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * inv;
        }
        return out;
    }
}
