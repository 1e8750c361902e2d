using System.Buffers.Binary;
using System.Text.Json;

namespace PolicyLens.Tokenization;

/// <summary>
/// jieba's character-labelling HMM (<c>jieba.finalseg</c>): states B, M, E, S (begin, middle, end of a word,
/// single-character word), start, transition and emission log-probabilities, and the Viterbi decoder with
/// Python's tie-breaking.
/// </summary>
/// <remarks>
/// Emission and transition tables are jieba's own (<c>prob_emit</c>, <c>prob_trans</c>), read from the
/// embedded copies of jieba.NET's JSON files, whose values are the same doubles as the Python modules'.
/// The four start probabilities are jieba's <c>prob_start.py</c>, which jieba.NET does not ship as a file.
/// </remarks>
internal sealed class HmmModel
{
    /// <summary>Python's <c>MIN_FLOAT</c>, the log-probability of anything the tables do not list.</summary>
    internal const double MinFloat = -3.14e100;

    // State indices. Python breaks ties between (probability, state) tuples by the state's letter,
    // so the letters' order B < E < M < S matters below.
    internal const int B = 0;
    internal const int M = 1;
    internal const int E = 2;
    internal const int S = 3;

    private static readonly double[] Start = [-0.26268660809250016, MinFloat, MinFloat, -1.4652633398537678];

    /// <summary>Emission log-probabilities, four per UTF-16 code unit: <c>[c * 4 + state]</c>.</summary>
    private readonly double[] _emission;

    /// <summary>The emission table (for the tests that compare the image with the JSON).</summary>
    internal ReadOnlySpan<double> Emission => _emission;

    /// <summary>The eight transitions the decoder uses, B→E, B→M, E→B, E→S, M→E, M→M, S→B, S→S (for the same tests).</summary>
    internal double[] Transitions => [_transBE, _transBM, _transEB, _transES, _transME, _transMM, _transSB, _transSS];

    private readonly double _transBE, _transBM, _transEB, _transES, _transME, _transMM, _transSB, _transSS;

    private HmmModel(double[] emission, double[,] transition)
    {
        _emission = emission;
        _transBE = transition[B, E];
        _transBM = transition[B, M];
        _transEB = transition[E, B];
        _transES = transition[E, S];
        _transME = transition[M, E];
        _transMM = transition[M, M];
        _transSB = transition[S, B];
        _transSS = transition[S, S];
    }

    private static readonly Lazy<HmmModel> DefaultModel = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>jieba's model, loaded once on first use.</summary>
    internal static HmmModel Default => DefaultModel.Value;

    /// <summary>
    /// The tables from the image the build writes (<c>build/JiebaData.targets</c>): the doubles themselves, no JSON to
    /// parse. On a big-endian machine, from the JSON.
    /// </summary>
    internal static HmmModel Load()
    {
        if (!BitConverter.IsLittleEndian)
        {
            return LoadFromJson();
        }

        byte[] image;
        using (Stream stream = JiebaData.OpenResource(JiebaData.HmmImageResource))
        {
            image = new byte[stream.Length];
            stream.ReadExactly(image);
        }

        ReadOnlySpan<byte> data = image;
        if (BinaryPrimitives.ReadInt32LittleEndian(data) != 0x484A4C50 || BinaryPrimitives.ReadInt32LittleEndian(data[4..]) != 1)
        {
            throw new InvalidDataException("The embedded HMM image has an unknown format; rebuild the library.");
        }

        const int EntryBytes = sizeof(ushort) + (4 * sizeof(double));
        int characters = BinaryPrimitives.ReadInt32LittleEndian(data[8..]);
        if (data.Length != 12 + (characters * EntryBytes) + (16 * sizeof(double)))
        {
            throw new InvalidDataException("The embedded HMM image is corrupt; rebuild the library.");
        }

        var emission = new double[(char.MaxValue + 1) * 4];
        Array.Fill(emission, MinFloat);
        ReadOnlySpan<byte> entries = data.Slice(12, characters * EntryBytes);
        for (int i = 0; i < entries.Length; i += EntryBytes)
        {
            int row = BinaryPrimitives.ReadUInt16LittleEndian(entries[i..]) * 4;
            for (int state = 0; state < 4; state++)
            {
                emission[row + state] = BinaryPrimitives.ReadDoubleLittleEndian(entries[(i + 2 + (state * sizeof(double)))..]);
            }
        }

        var transition = new double[4, 4];
        ReadOnlySpan<byte> transitions = data[(12 + entries.Length)..];
        for (int i = 0; i < 16; i++)
        {
            transition[i / 4, i % 4] = BinaryPrimitives.ReadDoubleLittleEndian(transitions[(i * sizeof(double))..]);
        }

        return new HmmModel(emission, transition);
    }

    /// <summary>The tables parsed from jieba.NET's JSON files, as they were before the image (the image's reference).</summary>
    internal static HmmModel LoadFromJson()
    {
        var emission = new double[(char.MaxValue + 1) * 4];
        Array.Fill(emission, MinFloat);
        ReadTable(JiebaData.ReadResource(JiebaData.EmissionResource), (state, key, value) =>
        {
            if (key.Length != 1)
            {
                throw new InvalidDataException($"Unexpected emission key '{key}' in the embedded HMM table.");
            }

            emission[(key[0] * 4) + state] = value;
        });

        var transition = new double[4, 4];
        for (int i = 0; i < 4; i++)
        {
            for (int j = 0; j < 4; j++)
            {
                transition[i, j] = MinFloat;
            }
        }

        ReadTable(JiebaData.ReadResource(JiebaData.TransitionResource), (state, key, value) => transition[state, StateIndex(key)] = value);
        return new HmmModel(emission, transition);
    }

    private static void ReadTable(byte[] json, Action<int, string, double> entry)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        int state = -1;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName when reader.CurrentDepth == 1:
                    state = StateIndex(reader.GetString()!);
                    break;
                case JsonTokenType.PropertyName when reader.CurrentDepth == 2:
                    string key = reader.GetString()!;
                    reader.Read();
                    entry(state, key, reader.GetDouble());
                    break;
            }
        }
    }

    private static int StateIndex(string letter) => letter switch
    {
        "B" => B,
        "M" => M,
        "E" => E,
        "S" => S,
        _ => throw new InvalidDataException($"Unknown HMM state '{letter}' in the embedded tables."),
    };

    /// <summary>
    /// Python's <c>viterbi(obs, 'BMES', ...)</c>: the most probable state of every character of
    /// <paramref name="text"/>, written to <paramref name="states"/>. <paramref name="scratch"/> holds the
    /// back-pointers and grows as needed.
    /// </summary>
    internal void Decode(ReadOnlySpan<char> text, Span<byte> states, ref byte[] scratch)
    {
        int n = text.Length;
        if (scratch.Length < n * 4)
        {
            scratch = new byte[Math.Max(n * 4, scratch.Length * 2)];
        }

        byte[] back = scratch;
        double[] emission = _emission;
        int e0 = text[0] * 4;
        double vB = Start[B] + emission[e0 + B];
        double vM = Start[M] + emission[e0 + M];
        double vE = Start[E] + emission[e0 + E];
        double vS = Start[S] + emission[e0 + S];

        for (int t = 1; t < n; t++)
        {
            int e = text[t] * 4;
            int row = t * 4;

            // Each state has two possible predecessors (Python's PrevStatus); max() over (prob, state)
            // tuples keeps the later letter on a tie: B←{E,S} ties to S, M←{M,B} to M, S←{S,E} to S, E←{B,M} to M.
            double emB = emission[e + B];
            double fromE = vE + _transEB + emB, fromS = vS + _transSB + emB;
            double nB = fromS >= fromE ? fromS : fromE;
            back[row + B] = fromS >= fromE ? (byte)S : (byte)E;

            double emM = emission[e + M];
            double fromM = vM + _transMM + emM, fromB = vB + _transBM + emM;
            double nM = fromM >= fromB ? fromM : fromB;
            back[row + M] = fromM >= fromB ? (byte)M : (byte)B;

            double emE = emission[e + E];
            double fromB2 = vB + _transBE + emE, fromM2 = vM + _transME + emE;
            double nE = fromM2 >= fromB2 ? fromM2 : fromB2;
            back[row + E] = fromM2 >= fromB2 ? (byte)M : (byte)B;

            double emS = emission[e + S];
            double fromS2 = vS + _transSS + emS, fromE2 = vE + _transES + emS;
            double nS = fromS2 >= fromE2 ? fromS2 : fromE2;
            back[row + S] = fromS2 >= fromE2 ? (byte)S : (byte)E;

            vB = nB;
            vM = nM;
            vE = nE;
            vS = nS;
        }

        // The last character ends a word: E or S, and a tie goes to S.
        int state = vS >= vE ? S : E;
        for (int t = n - 1; t >= 0; t--)
        {
            states[t] = (byte)state;
            state = back[(t * 4) + state];
        }
    }
}
