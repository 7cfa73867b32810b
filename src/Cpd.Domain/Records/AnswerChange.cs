namespace Cpd.Domain.Records;

/// <summary>What a save or clear does to a record's answers, as the lifecycle's guards see it.</summary>
/// <param name="QuestionKey">The question concerned.</param>
/// <param name="HadAnswer">Whether the question had a saved answer before the change.</param>
/// <param name="AnsweredAfter">How many questions have a saved answer after the change.</param>
/// <param name="QuestionCount">How many questions the framework has.</param>
internal readonly record struct AnswerChange(string QuestionKey, bool HadAnswer, int AnsweredAfter, int QuestionCount)
{
    public bool AllAnswered => AnsweredAfter == QuestionCount;

    public bool NoneAnswered => AnsweredAfter == 0;
}
