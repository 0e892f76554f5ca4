package no.tiltaksradar.ingest;

import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.util.Matrix;

/**
 * List bullets drawn as shapes instead of printed as characters. Browsers and some layout tools
 * paint a list item's disc or square as a small filled path and print no bullet character, so
 * the text alone reads as a run of paragraphs: the items of a "Regjeringen vil:" list lose the
 * marker that makes them items. This follows the path operators of a content stream and
 * reports each filled or outlined shape of a bullet's size and proportions, in device space. Written by hand:
 * PDFBox's text extraction ignores paths, and its graphics engine would be a second pass over
 * every page for a handful of shapes.
 */
final class VectorBullets {
    /** Bullets of body text are a few points across; table rules are long and cell corners tiny. */
    private static final float MIN_SIDE = 1.5f;
    private static final float MAX_SIDE = 9f;
    /** A disc or a square, not a dash or a bar. */
    private static final float MAX_ASPECT = 1.6f;

    /**
     * A bullet's box in device space (PDF units, y up) and the character that stands for it: a
     * filled shape is a disc or a square, an outlined one (a second-level list's marker) a ring or
     * an open square.
     */
    record Box(float x, float y, float width, float height, String symbol) {
    }

    private float minX;
    private float minY;
    private float maxX;
    private float maxY;
    private boolean open;
    private boolean curved;

    /**
     * Follows one path operator; returns the bullet when the operator fills a path of a bullet's
     * shape. Other operators are not looked at.
     */
    Optional<Box> accept(String operator, List<COSBase> operands, Matrix ctm) {
        switch (operator) {
            case "m", "l" -> points(operands, 2, ctm);
            case "c" -> {
                points(operands, 6, ctm);
                curved = true;
            }
            case "v", "y" -> {
                points(operands, 4, ctm);
                curved = true;
            }
            case "re" -> rectangle(operands, ctm);
            case "f", "F", "f*", "B", "B*", "b", "b*" -> {
                Optional<Box> filled = open ? bullet(curved ? "•" : "▪") : Optional.empty();
                reset();
                return filled;
            }
            case "S", "s" -> {
                Optional<Box> outlined = open ? bullet(curved ? "○" : "□") : Optional.empty();
                reset();
                return outlined;
            }
            case "n" -> reset();
            default -> { } // "h" closes a path inside its bounds; "W" clips, and "n" follows it
        }
        return Optional.empty();
    }

    void reset() {
        open = false;
        curved = false;
    }

    private Optional<Box> bullet(String symbol) {
        float width = maxX - minX;
        float height = maxY - minY;
        if (width < MIN_SIDE || height < MIN_SIDE || width > MAX_SIDE || height > MAX_SIDE
                || width > height * MAX_ASPECT || height > width * MAX_ASPECT) {
            return Optional.empty();
        }
        return Optional.of(new Box(minX, minY, width, height, symbol));
    }

    private void points(List<COSBase> operands, int count, Matrix ctm) {
        if (!numbers(operands, count)) {
            return;
        }
        for (int i = 0; i + 1 < count; i += 2) {
            add(value(operands, i), value(operands, i + 1), ctm);
        }
    }

    private void rectangle(List<COSBase> operands, Matrix ctm) {
        if (!numbers(operands, 4)) {
            return;
        }
        float x = value(operands, 0);
        float y = value(operands, 1);
        float w = value(operands, 2);
        float h = value(operands, 3);
        add(x, y, ctm);
        add(x + w, y, ctm);
        add(x, y + h, ctm);
        add(x + w, y + h, ctm);
    }

    private void add(float x, float y, Matrix ctm) {
        float deviceX = x * ctm.getScaleX() + y * ctm.getShearX() + ctm.getTranslateX();
        float deviceY = x * ctm.getShearY() + y * ctm.getScaleY() + ctm.getTranslateY();
        if (!open) {
            minX = maxX = deviceX;
            minY = maxY = deviceY;
            open = true;
            return;
        }
        minX = Math.min(minX, deviceX);
        maxX = Math.max(maxX, deviceX);
        minY = Math.min(minY, deviceY);
        maxY = Math.max(maxY, deviceY);
    }

    private static boolean numbers(List<COSBase> operands, int count) {
        if (operands.size() < count) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (!(operands.get(i) instanceof COSNumber)) {
                return false;
            }
        }
        return true;
    }

    private static float value(List<COSBase> operands, int index) {
        return ((COSNumber) operands.get(index)).floatValue();
    }
}
