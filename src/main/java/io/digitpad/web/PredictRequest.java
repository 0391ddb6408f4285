package io.digitpad.web;

/**
 * The JSON body of {@code POST /api/predict}, as the paper's page sends it.
 *
 * @param image a {@code data:image/...;base64,} URL or bare base64 image data
 */
public record PredictRequest(String image) {}
