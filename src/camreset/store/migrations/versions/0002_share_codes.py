"""Short codes that open a session for a while (read out over the phone).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "share_codes",
        sa.Column("code", sa.String(16), primary_key=True),
        sa.Column(
            "session_id",
            sa.String(64),
            sa.ForeignKey("sessions.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_share_codes_session_id", "share_codes", ["session_id"])


def downgrade() -> None:
    op.drop_index("ix_share_codes_session_id", table_name="share_codes")
    op.drop_table("share_codes")
