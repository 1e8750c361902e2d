namespace PolicyLens.Tokenization;

// The cutting algorithms, each a transcription of one function of jieba 0.42.1 (named in its comment),
// working on offsets into the input instead of building strings.
public sealed partial class JiebaSegmenter
{
    [ThreadStatic]
    private static Scratch? t_scratch;

    /// <summary>jieba's <c>cut</c> (and <c>cut_for_search</c>): splits the text into blocks and cuts each.</summary>
    private void Segment(ReadOnlySpan<char> text, SegmentationMode mode, bool hmm, List<Token> sink)
    {
        Scratch scratch = t_scratch ??= new Scratch();
        if (mode == SegmentationMode.Search)
        {
            List<Token> words = scratch.SearchWords;
            words.Clear();
            SegmentBlocks(text, full: false, hmm, words, scratch);
            AddSearchGrams(text, words, sink);
            return;
        }

        SegmentBlocks(text, mode == SegmentationMode.Full, hmm, sink, scratch);
    }

    private void SegmentBlocks(ReadOnlySpan<char> text, bool full, bool hmm, List<Token> sink, Scratch scratch)
    {
        int n = text.Length;
        int i = 0;
        while (i < n)
        {
            int start = i;
            if (CharClasses.IsHanBlock(text[i]))
            {
                do
                {
                    i++;
                }
                while (i < n && CharClasses.IsHanBlock(text[i]));

                ReadOnlySpan<char> block = text[start..i];
                if (full)
                {
                    CutAll(block, start, sink, scratch);
                }
                else if (hmm)
                {
                    CutDag(block, start, sink, scratch);
                }
                else
                {
                    CutDagWithoutHmm(block, start, sink, scratch);
                }
            }
            else
            {
                do
                {
                    i++;
                }
                while (i < n && !CharClasses.IsHanBlock(text[i]));

                CutOther(text, start, i, full, sink);
            }
        }
    }

    /// <summary>
    /// The non-block part of jieba's <c>cut</c>: <c>re_skip = (\r\n|\s)</c> splits it; separators are tokens;
    /// what lies between is cut into characters (code points), or kept whole in full mode, where the empty
    /// strings between adjacent separators are tokens too.
    /// </summary>
    private static void CutOther(ReadOnlySpan<char> text, int start, int end, bool full, List<Token> sink)
    {
        int pieceStart = start;
        int i = start;
        while (i < end)
        {
            char c = text[i];
            int separator = c == '\r' && i + 1 < end && text[i + 1] == '\n' ? 2 : CharClasses.IsSpace(c) ? 1 : 0;
            if (separator > 0)
            {
                if (full)
                {
                    sink.Add(new Token(pieceStart, i - pieceStart));
                }

                sink.Add(new Token(i, separator));
                i += separator;
                pieceStart = i;
            }
            else if (full)
            {
                i++;
            }
            else
            {
                int width = char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                sink.Add(new Token(i, width));
                i += width;
                pieceStart = i;
            }
        }

        if (full)
        {
            sink.Add(new Token(pieceStart, end - pieceStart));
        }
    }

    /// <summary>
    /// jieba's <c>get_DAG</c> and <c>calc</c> in one backward pass: for each position, the best end of the
    /// word starting there (<see cref="Scratch.RouteEnd"/>) and the log-probability of the best route from there.
    /// </summary>
    private void ComputeRoute(ReadOnlySpan<char> block, Scratch scratch)
    {
        int n = block.Length;
        scratch.EnsureRoute(n);
        double[] prob = scratch.RouteProbability;
        int[] next = scratch.RouteEnd;
        PrefixDictionary dictionary = _dictionary;

        // Frozen weights are log(freq) - log(total) already; while user words are being added they are
        // log(freq), and the subtraction happens here, in Python's order.
        double adjust = dictionary.IsFrozen ? 0.0 : Math.Log(dictionary.Total);
        double unknown = dictionary.IsFrozen ? dictionary.UnknownWeight : 0.0 - adjust;

        prob[n] = 0;
        for (int idx = n - 1; idx >= 0; idx--)
        {
            double best = double.NegativeInfinity;
            int bestEnd = -1;
            int node = dictionary.Root(block[idx]);
            int i = idx;
            while (node >= 0)
            {
                double weight = dictionary.Weight(node);
                if (!double.IsNaN(weight))
                {
                    // max() over (prob, end) tuples: a tie goes to the later end, i.e. the longer word.
                    double p = (weight - adjust) + prob[i + 1];
                    if (p >= best)
                    {
                        best = p;
                        bestEnd = i;
                    }
                }

                if (++i >= n)
                {
                    break;
                }

                node = dictionary.Child(node, block[i]);
            }

            if (bestEnd < 0)
            {
                best = unknown + prob[idx + 1];
                bestEnd = idx;
            }

            prob[idx] = best;
            next[idx] = bestEnd;
        }
    }

    /// <summary>jieba's <c>__cut_DAG</c>: the best route, with runs of single characters passed to the HMM.</summary>
    private void CutDag(ReadOnlySpan<char> block, int offset, List<Token> sink, Scratch scratch)
    {
        ComputeRoute(block, scratch);
        int[] next = scratch.RouteEnd;
        int n = block.Length;
        int bufferStart = -1;
        int x = 0;
        while (x < n)
        {
            int y = next[x] + 1;
            if (y - x == 1)
            {
                if (bufferStart < 0)
                {
                    bufferStart = x;
                }
            }
            else
            {
                if (bufferStart >= 0)
                {
                    FlushSingles(block, bufferStart, x, offset, sink, scratch);
                    bufferStart = -1;
                }

                sink.Add(new Token(offset + x, y - x));
            }

            x = y;
        }

        if (bufferStart >= 0)
        {
            FlushSingles(block, bufferStart, n, offset, sink, scratch);
        }
    }

    /// <summary>
    /// A run of single-character route steps: one character is a token; a run that is itself a word is cut
    /// into characters (the route chose not to join it); anything else goes to the HMM.
    /// </summary>
    private void FlushSingles(ReadOnlySpan<char> block, int start, int end, int offset, List<Token> sink, Scratch scratch)
    {
        if (end - start == 1)
        {
            sink.Add(new Token(offset + start, 1));
        }
        else if (!_dictionary.IsWord(block[start..end]))
        {
            CutUnknown(block[start..end], offset + start, sink, scratch);
        }
        else
        {
            for (int i = start; i < end; i++)
            {
                sink.Add(new Token(offset + i, 1));
            }
        }
    }

    /// <summary>
    /// jieba's <c>finalseg.cut</c>: Chinese runs are labelled by the HMM; the rest is split by
    /// <c>re_skip = ([a-zA-Z0-9]+(?:\.\d+)?%?)</c>, keeping the non-empty pieces.
    /// </summary>
    private void CutUnknown(ReadOnlySpan<char> text, int offset, List<Token> sink, Scratch scratch)
    {
        int n = text.Length;
        int i = 0;
        while (i < n)
        {
            int start = i;
            if (CharClasses.IsHan(text[i]))
            {
                do
                {
                    i++;
                }
                while (i < n && CharClasses.IsHan(text[i]));

                CutHan(text[start..i], offset + start, sink, scratch);
                continue;
            }

            do
            {
                i++;
            }
            while (i < n && !CharClasses.IsHan(text[i]));

            SplitAlphanumeric(text[start..i], offset + start, sink);
        }
    }

    private static void SplitAlphanumeric(ReadOnlySpan<char> text, int offset, List<Token> sink)
    {
        int n = text.Length;
        int pieceStart = 0;
        int i = 0;
        while (i < n)
        {
            if (!CharClasses.IsAsciiAlnum(text[i]))
            {
                i++;
                continue;
            }

            int end = i + 1;
            while (end < n && CharClasses.IsAsciiAlnum(text[end]))
            {
                end++;
            }

            if (end + 1 < n && text[end] == '.' && CharClasses.IsAsciiDigit(text[end + 1]))
            {
                end += 2;
                while (end < n && CharClasses.IsAsciiDigit(text[end]))
                {
                    end++;
                }
            }

            if (end < n && text[end] == '%')
            {
                end++;
            }

            if (pieceStart < i)
            {
                sink.Add(new Token(offset + pieceStart, i - pieceStart));
            }

            sink.Add(new Token(offset + i, end - i));
            i = end;
            pieceStart = end;
        }

        if (pieceStart < n)
        {
            sink.Add(new Token(offset + pieceStart, n - pieceStart));
        }
    }

    /// <summary>jieba's <c>finalseg.__cut</c>: Viterbi labels, then words from B…E and S, with forced splits applied.</summary>
    private void CutHan(ReadOnlySpan<char> text, int offset, List<Token> sink, Scratch scratch)
    {
        int n = text.Length;
        scratch.EnsureStates(n);
        Span<byte> states = scratch.States.AsSpan(0, n);
        HmmModel.Default.Decode(text, states, ref scratch.Backpointers);

        int begin = 0;
        int nextStart = 0;
        for (int i = 0; i < n; i++)
        {
            switch (states[i])
            {
                case HmmModel.B:
                    begin = i;
                    break;
                case HmmModel.E:
                    AddHmmWord(text, begin, i + 1, offset, sink);
                    nextStart = i + 1;
                    break;
                case HmmModel.S:
                    AddHmmWord(text, i, i + 1, offset, sink);
                    nextStart = i + 1;
                    break;
            }
        }

        if (nextStart < n)
        {
            AddHmmWord(text, nextStart, n, offset, sink);
        }
    }

    private void AddHmmWord(ReadOnlySpan<char> text, int start, int end, int offset, List<Token> sink)
    {
        if (_forceSplit.Count > 0 && _forceSplitLookup.Contains(text[start..end]))
        {
            for (int i = start; i < end; i++)
            {
                sink.Add(new Token(offset + i, 1));
            }

            return;
        }

        sink.Add(new Token(offset + start, end - start));
    }

    /// <summary>jieba's <c>__cut_DAG_NO_HMM</c>: the best route, with runs of single ASCII letters and digits joined.</summary>
    private void CutDagWithoutHmm(ReadOnlySpan<char> block, int offset, List<Token> sink, Scratch scratch)
    {
        ComputeRoute(block, scratch);
        int[] next = scratch.RouteEnd;
        int n = block.Length;
        int bufferStart = -1;
        int x = 0;
        while (x < n)
        {
            int y = next[x] + 1;
            if (y - x == 1 && CharClasses.IsAsciiAlnum(block[x]))
            {
                if (bufferStart < 0)
                {
                    bufferStart = x;
                }
            }
            else
            {
                if (bufferStart >= 0)
                {
                    sink.Add(new Token(offset + bufferStart, x - bufferStart));
                    bufferStart = -1;
                }

                sink.Add(new Token(offset + x, y - x));
            }

            x = y;
        }

        if (bufferStart >= 0)
        {
            sink.Add(new Token(offset + bufferStart, n - bufferStart));
        }
    }

    /// <summary>
    /// jieba's <c>__cut_all</c>: every dictionary word at every position, with runs of single ASCII letters
    /// and digits joined.
    /// </summary>
    /// <remarks>
    /// Python builds its ASCII run by string concatenation, which in a contrived case (ASCII dictionary words
    /// overlapping inside the run) can glue together pieces that are not adjacent in the text. A token here is
    /// a span of the input, so such a run is reported as the span from its first to its last piece.
    /// </remarks>
    private void CutAll(ReadOnlySpan<char> block, int offset, List<Token> sink, Scratch scratch)
    {
        int n = block.Length;
        PrefixDictionary dictionary = _dictionary;
        int[] ends = scratch.DagEnds;
        int oldEnd = -1;
        bool inRun = false;
        int runStart = 0;
        int runEnd = 0;
        for (int k = 0; k < n; k++)
        {
            if (inRun && !CharClasses.IsAsciiAlnum(block[k]))
            {
                inRun = false;
                sink.Add(new Token(offset + runStart, runEnd - runStart));
            }

            int count = 0;
            int node = dictionary.Root(block[k]);
            for (int i = k; node >= 0;)
            {
                if (!double.IsNaN(dictionary.Weight(node)))
                {
                    if (count == ends.Length)
                    {
                        Array.Resize(ref scratch.DagEnds, ends.Length * 2);
                        ends = scratch.DagEnds;
                    }

                    ends[count++] = i;
                }

                if (++i >= n)
                {
                    break;
                }

                node = dictionary.Child(node, block[i]);
            }

            if (count == 0)
            {
                ends[count++] = k;
            }

            if (count == 1 && k > oldEnd)
            {
                int end = ends[0] + 1;
                if (CharClasses.IsAsciiAlnum(block[k]))
                {
                    if (!inRun)
                    {
                        inRun = true;
                        runStart = k;
                    }

                    runEnd = end;
                }

                if (!inRun)
                {
                    sink.Add(new Token(offset + k, end - k));
                }

                oldEnd = ends[0];
            }
            else
            {
                for (int j = 0; j < count; j++)
                {
                    if (ends[j] > k)
                    {
                        sink.Add(new Token(offset + k, ends[j] + 1 - k));
                        oldEnd = ends[j];
                    }
                }
            }
        }

        if (inRun)
        {
            sink.Add(new Token(offset + runStart, runEnd - runStart));
        }
    }

    /// <summary>jieba's <c>cut_for_search</c>: before each word longer than 2 (3), its dictionary 2-grams (3-grams).</summary>
    private void AddSearchGrams(ReadOnlySpan<char> text, List<Token> words, List<Token> sink)
    {
        foreach (Token word in words)
        {
            ReadOnlySpan<char> w = word.GetSpan(text);
            if (w.Length > 2)
            {
                for (int i = 0; i + 2 <= w.Length; i++)
                {
                    if (_dictionary.IsWord(w.Slice(i, 2)))
                    {
                        sink.Add(new Token(word.Start + i, 2));
                    }
                }
            }

            if (w.Length > 3)
            {
                for (int i = 0; i + 3 <= w.Length; i++)
                {
                    if (_dictionary.IsWord(w.Slice(i, 3)))
                    {
                        sink.Add(new Token(word.Start + i, 3));
                    }
                }
            }

            sink.Add(word);
        }
    }

    /// <summary>Per-thread buffers reused across calls, so that cutting allocates only the tokens it returns.</summary>
    private sealed class Scratch
    {
        internal double[] RouteProbability = new double[256];
        internal int[] RouteEnd = new int[256];
        internal byte[] States = new byte[256];
        internal byte[] Backpointers = new byte[1024];
        internal int[] DagEnds = new int[32];
        internal readonly List<Token> SearchWords = [];

        internal void EnsureRoute(int n)
        {
            if (RouteEnd.Length <= n)
            {
                int size = Math.Max(n + 1, RouteEnd.Length * 2);
                RouteProbability = new double[size];
                RouteEnd = new int[size];
            }
        }

        internal void EnsureStates(int n)
        {
            if (States.Length < n)
            {
                States = new byte[Math.Max(n, States.Length * 2)];
            }
        }
    }
}
