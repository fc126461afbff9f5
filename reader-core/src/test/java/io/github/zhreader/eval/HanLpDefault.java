package io.github.zhreader.eval;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/** HanLP as its users call it, {@code HanLP.segment} with its default configuration: the baseline to beat. */
final class HanLpDefault {

    private HanLpDefault() {}

    /** Word spans of {@code text}, as {@code [start, end]} pairs. */
    static List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        int at = 0;
        for (Term t : HanLP.segment(text)) {
            spans.add(new int[] {at, at + t.word.length()});
            at += t.word.length();
        }
        return spans;
    }
}
