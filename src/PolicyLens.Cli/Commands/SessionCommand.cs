using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyLens.Text;

namespace PolicyLens.Cli.Commands;

/// <summary>
/// <c>policylens session "十三届全国人大二次会议"</c>: the session the text names, as JSON (<c>"key": "unknown"</c> when it
/// names none, several, or a malformed one), with every session name found and where.
/// </summary>
internal static class SessionCommand
{
    internal static Command Create()
    {
        var text = new Argument<string>("text") { Description = "A session or meeting name, or any text that contains one." };
        var command = new Command("session", "Parse a congress session or Party meeting name into a structured key (JSON).") { text };
        command.SetAction(result =>
        {
            string input = result.GetValue(text) ?? string.Empty;
            using Stream stdout = Console.OpenStandardOutput();
            Write(stdout, input);
            return 0;
        });
        return command;
    }

    internal static void Write(Stream output, string input)
    {
        SessionKey key = SessionParser.Parse(input);
        IReadOnlyList<SessionMention> mentions = SessionParser.FindAll(input);
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(output, options))
        {
            json.WriteStartObject();
            json.WriteString("input", input);
            WriteKey(json, key);
            if (key.IsUnknown)
            {
                json.WriteString("reason", mentions.Select(m => m.Key.Canonical).Distinct().Count() > 1
                    ? "the text names several different sessions"
                    : "no well-formed session name found");
            }

            json.WriteStartArray("mentions");
            foreach (SessionMention m in mentions)
            {
                json.WriteStartObject();
                json.WriteString("text", input.Substring(m.Start, m.Length));
                json.WriteNumber("start", m.Start);
                json.WriteNumber("length", m.Length);
                json.WriteString("key", m.Key.Canonical);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }

    private static void WriteKey(Utf8JsonWriter json, SessionKey key)
    {
        json.WriteString("key", key.Canonical);
        json.WriteString("body", key.IsUnknown ? "unknown" : JsonNamingPolicy.KebabCaseLower.ConvertName(key.Body.ToString()));
        json.WriteString("level", key.LevelName);
        WriteNumber(json, "term", key.Term);
        WriteNumber(json, "session", key.Session);
        WriteNumber(json, "year", key.Year);
        if (key.Region is null)
        {
            json.WriteNull("region");
        }
        else
        {
            json.WriteString("region", key.Region);
        }
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is int v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
