using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Cpd.Reporting.Rendering;

/// <summary>
/// Writes a model value as one complete JSON value with System.Text.Json: text as a JSON string, numbers and
/// booleans as themselves, <see langword="null"/> as <c>null</c>, model objects and arrays as JSON objects and
/// arrays. One instance serves one render; it is not thread-safe.
/// </summary>
internal sealed class JsonValueEncoder : IDisposable
{
    // Text stays readable (+, <, &, accents and emoji as they are); quotes, backslashes and control characters
    // are escaped as JSON requires. A page that embeds the JSON in a script element must escape it for that.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly Utf8JsonWriter _writer;
    private readonly Func<object, string> _toText;

    /// <param name="toText">Turns a value of no JSON kind into the text written as a JSON string.</param>
    public JsonValueEncoder(Func<object, string> toText)
    {
        _writer = new Utf8JsonWriter(_buffer, WriterOptions);
        _toText = toText;
    }

    public string Encode(object? value)
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        WriteValue(value);
        _writer.Flush();
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }

    public void Dispose() => _writer.Dispose();

    private void WriteValue(object? value)
    {
        switch (value)
        {
            case null:
                _writer.WriteNullValue();
                break;
            case string text:
                _writer.WriteStringValue(text);
                break;
            case bool flag:
                _writer.WriteBooleanValue(flag);
                break;
            case int number:
                _writer.WriteNumberValue(number);
                break;
            case long number:
                _writer.WriteNumberValue(number);
                break;
            case decimal number:
                _writer.WriteNumberValue(number);
                break;
            case double or float:
                WriteFloatingPoint(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case IDictionary<string, object?> members:
                WriteObject(members);
                break;
            case IEnumerable items:
                WriteArray(items);
                break;
            default:
                _writer.WriteStringValue(_toText(value));
                break;
        }
    }

    private void WriteFloatingPoint(double number)
    {
        if (double.IsFinite(number))
        {
            _writer.WriteNumberValue(number);
        }
        else
        {
            _writer.WriteNullValue();
        }
    }

    private void WriteObject(IDictionary<string, object?> members)
    {
        _writer.WriteStartObject();
        foreach (var (name, member) in members)
        {
            _writer.WritePropertyName(name);
            WriteValue(member);
        }

        _writer.WriteEndObject();
    }

    private void WriteArray(IEnumerable items)
    {
        _writer.WriteStartArray();
        foreach (var item in items)
        {
            WriteValue(item);
        }

        _writer.WriteEndArray();
    }
}
