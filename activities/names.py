"""Activity names: the workflow refers to activities by name so it imports none of their code."""

READ_DOCUMENT = "read_document"
CLASSIFY = "classify_submission"
EXTRACT_FIELDS = "extract_fields"
CHECK_AND_ROUTE = "check_and_route"
REDACT_CASE = "redact_case"
FINALIZE_CASE = "finalize_case"
TYPE_VERSION = "application_type_version"

# Error type of a refused approval effect (details: [rule code]); the workflow turns it into a
# finding and hands the case to a clerk.
APPROVAL_REFUSED = "ApprovalRefused"
