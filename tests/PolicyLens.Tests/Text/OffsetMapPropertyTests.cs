using CsCheck;
using PolicyLens.Text;

namespace PolicyLens.Tests.Text;

/// <summary>
/// Offsets map back exactly: random texts go through several steps of random edits (insertions, deletions,
/// replacements, one-for-one changes), and a model that tracks where every character came from checks the composed map.
/// </summary>
public sealed class OffsetMapPropertyTests
{
    [Fact]
    public void Composed_maps_send_every_kept_character_back_to_its_origin_and_cover_every_edit()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var model = RandomEdits.Run(seed);
            model.AssertMap(model.Map);
        }, iter: 1500);
    }

    [Fact]
    public void A_slice_of_a_map_maps_its_part_exactly()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var model = RandomEdits.Run(seed);
            var rng = new Random(seed ^ 0x5eed);
            int s = rng.Next(model.Final.Length + 1), e = rng.Next(s, model.Final.Length + 1);
            OffsetMap slice = model.Map.Slice(s, e);
            int origin = model.Map.ToOriginal(s);
            Assert.Equal(e - s, slice.NormalizedLength);
            Assert.Equal((s == e ? origin : model.Map.ToOriginalEnd(e)) - origin, slice.OriginalLength);
            for (int i = s; i < e; i++)
            {
                if (model.Exact[i])
                {
                    Assert.Equal(model.Lo[i] - origin, slice.ToOriginal(i - s));
                    Assert.Equal(i - s, slice.ToNormalized(model.Lo[i] - origin));
                }
            }
        }, iter: 1000);
    }

    [Fact]
    public void Composing_with_identity_changes_nothing()
    {
        var model = RandomEdits.Run(42);
        model.AssertMap(OffsetMap.Identity(model.Original.Length).Then(model.Map));
        model.AssertMap(model.Map.Then(OffsetMap.Identity(model.Final.Length)));
    }

    [Fact]
    public void A_deleted_span_maps_to_an_empty_point_and_its_surroundings_stay_exact()
    {
        var w = new TextRewriter("ab\n\ncd");
        w.Remove(2, 2, RepairKind.LineJoin);
        (string text, OffsetMap map, _) = w.Finish();
        Assert.Equal("abcd", text);
        Assert.Equal(4, map.ToOriginal(2));       // "c" starts after the removed break
        Assert.Equal(2, map.ToOriginalEnd(2));    // "ab" ends before it
        Assert.Equal((0, 6), map.ToOriginal(0, 4));
        Assert.Equal((2, 0), map.ToNormalized(2, 2));
    }

    /// <summary>A random original, edited in 1–4 steps; Lo/Hi say which original span each final character came from.</summary>
    private sealed class RandomEdits
    {
        private const string Alphabet = "ab一二三\n ，";

        public string Original { get; private init; } = "";

        public string Final { get; private set; } = "";

        public OffsetMap Map { get; private set; } = OffsetMap.Identity(0);

        public List<int> Lo { get; } = [];

        public List<int> Hi { get; } = [];

        /// <summary>The character maps to exactly one original character, one for one.</summary>
        public List<bool> Exact { get; } = [];

        public static RandomEdits Run(int seed)
        {
            var rng = new Random(seed);
            string original = RandomString(rng, rng.Next(0, 40));
            var model = new RandomEdits { Original = original, Final = original, Map = OffsetMap.Identity(original.Length) };
            for (int i = 0; i < original.Length; i++)
            {
                model.Lo.Add(i);
                model.Hi.Add(i + 1);
                model.Exact.Add(true);
            }

            int steps = rng.Next(1, 5);
            for (int s = 0; s < steps; s++)
            {
                model.Step(rng);
            }

            return model;
        }

        public void AssertMap(OffsetMap map)
        {
            Assert.Equal(Original.Length, map.OriginalLength);
            Assert.Equal(Final.Length, map.NormalizedLength);
            int previous = 0;
            for (int i = 0; i < Final.Length; i++)
            {
                int start = map.ToOriginal(i);
                Assert.True(start >= previous, $"ToOriginal is not monotone at {i}");
                previous = start;
                (int os, int ol) = map.ToOriginal(i, 1);
                Assert.True(os <= Lo[i] && os + ol >= Hi[i], $"character {i} came from [{Lo[i]}, {Hi[i]}) but maps to [{os}, {os + ol})");
                if (Exact[i])
                {
                    Assert.Equal(Lo[i], start);
                    Assert.Equal(Lo[i] + 1, map.ToOriginalEnd(i + 1));
                    Assert.Equal(i, map.ToNormalized(Lo[i]));
                    Assert.Equal(i + 1, map.ToNormalizedEnd(Lo[i] + 1));
                }
            }

            // The ends of the texts correspond (read as starts: a deleted tail is passed over).
            Assert.Equal(Original.Length, map.ToOriginal(Final.Length));
            Assert.Equal(Final.Length, map.ToNormalized(Original.Length));
        }

        private static string RandomString(Random rng, int length)
        {
            var chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                chars[i] = Alphabet[rng.Next(Alphabet.Length)];
            }

            return new string(chars);
        }

        private void Step(Random rng)
        {
            var writer = new TextRewriter(Final);
            var lo = new List<int>();
            var hi = new List<int>();
            var exact = new List<bool>();
            int position = 0;
            while (true)
            {
                int at = position + rng.Next(0, 6);
                if (at > Final.Length)
                {
                    break;
                }

                int length = Math.Min(rng.Next(0, 4), Final.Length - at);
                string replacement = rng.Next(4) == 0 ? "" : RandomString(rng, rng.Next(0, 4)).ToUpperInvariant();
                if (length == 0 && replacement.Length == 0)
                {
                    continue;
                }

                for (int i = position; i < at; i++)
                {
                    lo.Add(Lo[i]);
                    hi.Add(Hi[i]);
                    exact.Add(Exact[i]);
                }

                writer.Replace(at, length, replacement, RepairKind.Whitespace);
                bool oneForOne = length == 1 && replacement.Length == 1;
                int l, h;
                if (length > 0)
                {
                    l = Lo[at];
                    h = Hi[at];
                    for (int i = at; i < at + length; i++)
                    {
                        l = Math.Min(l, Lo[i]);
                        h = Math.Max(h, Hi[i]);
                    }
                }
                else
                {
                    l = h = at > 0 ? Hi[at - 1] : (at < Final.Length ? Lo[at] : Original.Length);
                }

                foreach (char _ in replacement)
                {
                    lo.Add(l);
                    hi.Add(h);
                    exact.Add(oneForOne && Exact[at]);
                }

                position = at + length;
                if (length == 0)
                {
                    // Never two edits at one point: the next starts at least one character later.
                    if (at < Final.Length)
                    {
                        lo.Add(Lo[at]);
                        hi.Add(Hi[at]);
                        exact.Add(Exact[at]);
                        writer.CopyTo(at + 1);
                    }

                    position = at + 1;
                }
            }

            for (int i = position; i < Final.Length; i++)
            {
                lo.Add(Lo[i]);
                hi.Add(Hi[i]);
                exact.Add(Exact[i]);
            }

            (string text, OffsetMap map, _) = writer.Finish();
            Assert.Equal(lo.Count, text.Length);
            Map = Map.Then(map);
            Final = text;
            Lo.Clear();
            Lo.AddRange(lo);
            Hi.Clear();
            Hi.AddRange(hi);
            Exact.Clear();
            Exact.AddRange(exact);
        }
    }
}
