"""Field Triage: offline, read-only digital evidence triage for first responders."""

__version__ = "0.1.0"
APP_NAME = "Field Triage"
TOOL_NAME = "field-triage"
