/**
 * Every `code` a problem response (RFC 9457) can carry, with what it means. Clients switch on these codes (the tab
 * re-authenticates on `token_expired`, asks for consent on `consent_required`...), so a code is never renamed or
 * reused for something else; a new one is added here first, and a code missing from this list fails typecheck.
 * The OpenAPI document (GET /api/v1/openapi.json) lists them as the enum of the Problem schema's `code`.
 */
export const PROBLEM_CODES = {
  // The request itself.
  invalid_input: 'A path, query or body field is missing or not valid; `errors` lists each field and why.',
  malformed_json: 'The request body is not valid JSON.',
  unsupported_media_type: 'The request body is not JSON (or, for an upload, not a file the API takes).',
  length_required: 'An evidence upload came without a Content-Length header.',
  too_large: 'The request body is larger than the server accepts.',
  rate_limited:
    'Too many requests from one person (or, for routes that need no sign-in, one address) in a short time; wait for Retry-After seconds.',
  not_found: 'The route, or the thing it names, does not exist (or the caller may not know it exists).',
  method_not_allowed: 'The route exists but not with this HTTP method.',
  bad_request: 'The web server could not read the request at all (before the API saw it).',
  request_timeout: 'The request took too long to arrive; send it again.',
  malformed_url: 'The address has a broken % escape; check the link.',
  http_error: 'Any other HTTP-level refusal by the web server, before the API saw the request.',
  conflict: 'Someone else changed the item since it was read; `current` holds the stored value to merge with.',
  incomplete_upload: 'The uploaded file ended before its Content-Length; send it again.',
  internal_error: 'Something went wrong on the server; the body says nothing more, the log does.',
  store_unavailable: 'The store (SQLite or SharePoint) cannot be reached just now; try again shortly.',
  unreadable_stored_value:
    'A stored value cannot be read (usually one edited by hand in SharePoint); `list`, `item` and `column` say where.',
  list_view_threshold:
    'SharePoint refused a read matching more than 5,000 items (its list view threshold): permanent, not busy; report it.',
  not_ready: 'GET /readyz: the store or another dependency cannot be reached; `checks` says which.',

  // Sign-in (401, or 503 when the token cannot be checked).
  missing_token: 'No bearer token: sign in.',
  malformed_token: 'The bearer token cannot be read: sign in again.',
  token_expired: 'The sign-in has expired: get a new token (silently, in Teams) and retry.',
  token_not_yet_valid: "The token is not valid yet: the device's clock is probably wrong.",
  bad_signature: 'The token signature is invalid: sign in again.',
  unknown_key: 'The token is signed with a key this server does not know: sign in again.',
  wrong_audience: 'The token was issued for another app.',
  wrong_issuer: 'The token comes from an issuer this network does not trust.',
  tenant_not_allowed: "The person's organisation (Entra tenant) is not a member of the network.",
  missing_scope: 'The token lacks the access_as_user scope: consent to the app is needed.',
  alg_not_allowed: 'The token is signed with an algorithm this server refuses.',
  jwks_unavailable: "The sign-in service's keys cannot be fetched; retry later rather than signing in again.",

  // Who may do what.
  unknown_person: 'The signed-in person, or a person named in the request, is not known to the network.',
  link_refused:
    "An invitation can be claimed only from the invited organisation's own tenant (or the host tenant); ask the network admin.",
  forbidden: 'The person may not take this action here; `action` names it and the detail says why.',
  consent_required: 'Reading a picked file needs the person to consent to the app; `consentRequired` is true.',
  not_assigned: 'The standard is not assigned to this person, so they cannot hand it back.',
  not_on_review_team: "The person is not on this assessment's peer review team.",
  not_lead_reviewer: 'Only the lead reviewer of the review team can do this.',
  not_your_finding: 'A reviewer can change only the findings they wrote.',

  // Frameworks, network and cycles.
  version_exists: 'A framework version with this key and number already exists.',
  invalid_framework: 'The imported framework file has problems; `errors` lists each line and field.',
  network_has_framework: 'The network already has a framework, so the starter framework is not offered.',
  csv_needs_base: 'A CSV framework import needs the framework version it is based on.',
  not_a_draft: 'Only a draft framework version can be published.',
  framework_not_published: 'A cycle can only use a published framework version.',
  invalid_cycle_windows: "A cycle's phase windows are not valid dates in order.",
  email_taken: 'Another person already has this e-mail address.',
  unknown_organisation: 'The organisation named does not exist.',
  unknown_service: 'The service named does not exist in that organisation.',
  unknown_scope: 'The organisation, service or assessment a role is scoped to does not exist.',
  already_a_member:
    'The e-mail address of an invitation already belongs to someone in the network; `member` names them.',
  not_a_guest: 'The person was not invited as a guest, so there is no invitation to send again.',
  guest_invitations_unavailable:
    'Guests cannot be invited just now (not set up on this server, or Microsoft Entra refused or is busy).',

  // Self-assessment.
  assessment_exists: 'This service or organisation already has an assessment in this cycle.',
  assessment_locked: 'The assessment is not open for editing in its current state.',
  illegal_transition: 'The assessment cannot take this step from its current state.',
  incomplete_assessment: 'The assessment cannot be submitted while standards are unrated or N/A without a reason.',
  na_reason_required: 'A "not applicable" rating needs a reason.',
  unknown_standard: 'The standard code is not in the assessment framework.',
  unknown_theme: 'The theme code is not in the assessment framework.',
  invalid_standard_codes: 'Some of the standard codes are not in the assessment framework.',
  nothing_to_assign: 'The assignment names no standards.',
  assignee_outside_service: 'Standards can be assigned only to people of the assessed service or its organisation.',

  // Evidence.
  unknown_evidence: 'An evidence id does not belong to this assessment.',
  invalid_file_name: 'The file name is empty or too long.',
  empty_file: 'The file is empty.',
  file_too_large: 'The file is larger than the evidence limit.',
  file_type_not_allowed: 'The kind of file is not accepted as evidence.',
  file_content_mismatch: "The file's content is not the type its name says (e.g. a program named .pdf); it is refused.",
  file_type_mismatch: "The file's content does not match its name's extension.",
  picker_unavailable: 'Picking files from OneDrive or SharePoint is not configured on this server.',
  picked_file_unavailable: 'The picked OneDrive or SharePoint file cannot be read.',
  evidence_unavailable: 'No evidence store is configured on this server.',

  // Peer review.
  review_closed: 'The peer review is over: its team no longer changes.',
  review_team_invalid: 'The review team breaks a team rule; `errors` lists which.',
  review_team_incomplete: "The review team does not meet the network's rules yet; `violations` lists why.",
  no_review_team: 'The assessment has no review team yet.',
  not_under_review: 'The assessment is not under peer review.',
  outside_review_window: "Today is outside the cycle's peer review window.",
  rationale_required: 'An agreed rating needs a rationale.',
  finding_text_required: 'A finding needs some text.',
  message_required: 'Returning an assessment to its service needs a message.',
  agreed_ratings_missing: 'Every standard needs an agreed rating before the review can be agreed.',
  review_not_agreed: 'This needs the peer review to be agreed first.',
  reason_required: 'A conflict of interest declaration needs a reason.',
  answer_required: 'An answer to what the review team asked needs some text.',
  unknown_information_item: 'The review team asked nothing with this reference.',
  information_unanswered: 'Something the review team asked has no answer yet, so the assessment cannot be handed back.',

  // Reports.
  illegal_report_transition: 'The report cannot take this step from its current state.',
  note_required: 'This step needs a note saying why.',
  report_frozen: 'The report has been published and no longer changes.',
  reports_unavailable: 'Report rendering is not configured on this server.',
  no_raw_ratings: 'An organisation report has no ratings file of its own: download each service report.',
  public_summary_not_fit: 'The public summary would show something that must not be public.',
  public_summary_not_confirmed: 'Confirm the public summary before the report is published.',
  report_not_in_check: 'The report takes comments only during its factual-accuracy check.',
  passage_not_found: 'The passage commented on is not in the report as it stands.',
  comment_decided: 'This comment has already been accepted or rejected.',

  // Action plans and the library.
  unknown_finding: 'The finding named is not in this assessment.',
  action_incomplete: 'An action needs a title, an owner and a due date.',
  invalid_due_date: 'The due date is not a date like 2027-06-30.',
  action_closed: 'The action is done or dropped and no longer changes.',
  illegal_action_transition: 'The action cannot move to this status from its current one.',
  immediate_concern_needs_verification:
    'An action on an immediate concern closes only when the lead reviewer verifies it.',
  completion_evidence_required: 'Completing an action needs a note on how, or evidence that shows it.',
  not_good_practice: 'Only a finding of good practice can go into the library.',
  library_entry_incomplete: 'A library entry needs a title, what the service does and a contact.',

  // Time and expenses.
  invalid_claim: 'A time and expenses claim is not valid; the detail says what to change.',
  illegal_claim_transition: 'The claim cannot take this step from its current status.',

  // The bot's endpoint.
  bot_not_configured: 'The bot has no credentials, so it takes activities only from this machine.',
  bot_error: 'The bot failed to handle the activity.',
  invalid_activity: 'The body is not a Bot Framework activity (it has no "type").',
  bad_activity: 'The Bot Framework adapter could not read the activity.',
  unauthorized: "The Bot Connector's token is missing or not valid for this bot.",

  // The visit day.
  not_a_teams_meeting_link: 'The link pasted for the visit is not the join link of a Teams meeting.',
  note_too_long: 'A review-day note is longer than a note can hold.',
  feedback_too_long: 'A section of the preliminary feedback is longer than it can hold.',
  meetings_need_microsoft_365:
    'Scheduling the visit in Teams needs the app connected to Microsoft 365 (Entra ID); paste the join link of a meeting made in Teams instead.',
  meeting_unavailable: 'Microsoft Graph could not schedule the meeting just now; nothing was changed.',
  no_visit_date: 'The review team has no visit date to schedule a meeting on.',
  no_feedback_to_share: 'There is no preliminary feedback to share yet: save it first.',

  // Building review teams: reviewer training.
  training_date_not_for_role:
    'A date of training goes only with a reviewer role held across the network (lead reviewer, peer reviewer or expert by experience).',
  training_date_in_future: 'The date of training is after today: record the day the training was done.',

  // The good-practice library: proposals, the service's agreement, withdrawal.
  library_reason_required: 'Declining or withdrawing a library entry needs a reason.',
  library_step_not_possible: 'The library entry is not in a state where this step can be taken.',
  // The recognition decision.
  recognition_not_ready:
    'A recognition decision can be recorded only once the report is final (after its factual-accuracy check).',
  decision_incomplete:
    'The decision misses something it needs (reasons, validity, a level, conditions and their date); `missing` lists each.',
  unknown_recognition_level: "The level named is not one of the framework's recognition levels; `levels` lists them.",
  invalid_validity:
    'The validity or a date of the decision does not hold together (interim review after expiry, conditions due before the decision).',
  appeal_window_closed: 'The time to appeal the decision has passed; `closedOn` is the last day it was open.',
  appeal_not_possible: 'The decision cannot be appealed (none yet, already appealed, or made on appeal).',
  appeal_incomplete: 'An appeal needs its grounds; `missing` lists what is missing.',
  no_open_appeal: 'There is no appeal waiting for an outcome.',
  appeal_outcome_incomplete:
    "An appeal's outcome needs reasons, and an upheld appeal needs the new decision; `missing` lists what is missing.",
  appeal_waiting: 'An appeal of the decision is waiting: the panel records its outcome rather than a new decision.',
  already_decided:
    'The panel has decided; a decision changes only on appeal (or, once deferred, when the conditions are reviewed).',
  certificates_unavailable:
    'Certificates cannot be made on this server (no renderer or no evidence folder is configured).',
  invalid_questionnaire: 'The questionnaire file has problems; `errors` lists each with its line (CSV) or path (JSON).',
  questionnaire_closed:
    'The questionnaire has closed (its closing date passed or the service closed it); nothing was stored.',
  answer_incomplete: 'An answer misses a required question or has one that is not valid; `errors` lists each question.',
  answer_refused: 'The answer was refused (a field people leave empty was filled in); nothing was stored.',
  already_answered: 'This person has already answered this questionnaire.',
  run_not_possible:
    'The questionnaire cannot be opened as asked (closing date, audience or framework); the message says why.',
  hide_reason_required: 'Hiding a comment needs a reason of a few words, for the record.',
  bot_unavailable: 'The bot is not set up on this server, so nothing can be sent in Teams.',
  channel_send_running:
    "The questionnaire is being sent to the channel's members already; `progress` says how far it has got.",
} as const satisfies Record<string, string>;

export type ProblemCode = keyof typeof PROBLEM_CODES;

/** The codes in a stable order, e.g. for the OpenAPI document's enum. */
export const problemCodes = (): ProblemCode[] => Object.keys(PROBLEM_CODES) as ProblemCode[];

/**
 * The sign-in refusals (401) a fresh token or a new sign-in can cure: a client renews the token and retries on
 * these, and tells the person their session ended when that fails too. Any other refusal (an organisation that
 * is not a member yet, a token for another app) is shown to the person as the API explains it.
 */
export const RENEWABLE_SIGN_IN_CODES: readonly ProblemCode[] = [
  'missing_token',
  'malformed_token',
  'token_expired',
  'bad_signature',
  'unknown_key',
];
