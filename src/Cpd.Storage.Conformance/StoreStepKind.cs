namespace Cpd.Storage.Conformance;

/// <summary>What one step of a model-based run does.</summary>
public enum StoreStepKind
{
    /// <summary>A member adds a record.</summary>
    Add,

    /// <summary>A member saves an answer through a sitting.</summary>
    SaveAnswer,

    /// <summary>A member clears an answer through a sitting.</summary>
    ClearAnswer,

    /// <summary>A member changes a record's notes through a sitting.</summary>
    ChangeNotes,

    /// <summary>A member deletes a record through a sitting.</summary>
    Delete,

    /// <summary>A second sitting opens a record and keeps what it read, to write from it later.</summary>
    OpenSecondSitting,
}
