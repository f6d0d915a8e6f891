"""Search attributes that make review queues listable (registered at every stack start: the dev
server's ``--search-attribute`` flag only applies to a new database file)."""

from __future__ import annotations

from temporalio.api.enums.v1 import IndexedValueType
from temporalio.api.operatorservice.v1 import (
    AddSearchAttributesRequest,
    ListSearchAttributesRequest,
)
from temporalio.client import Client
from temporalio.common import (
    SearchAttributeKey,
)

from domain.case import (
    SEARCH_ATTR_REASONS,
    SEARCH_ATTR_ROUTE,
    SEARCH_ATTR_STATUS,
    SEARCH_ATTR_SUBMITTED,
    SEARCH_ATTR_TYPE,
)

STATUS = SearchAttributeKey.for_keyword(SEARCH_ATTR_STATUS)
APPLICATION_TYPE = SearchAttributeKey.for_keyword(SEARCH_ATTR_TYPE)
REASONS = SearchAttributeKey.for_keyword_list(SEARCH_ATTR_REASONS)
SUBMITTED = SearchAttributeKey.for_datetime(SEARCH_ATTR_SUBMITTED)
ROUTE = SearchAttributeKey.for_keyword(SEARCH_ATTR_ROUTE)

_INDEXED: dict[str, IndexedValueType.ValueType] = {
    SEARCH_ATTR_STATUS: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
    SEARCH_ATTR_TYPE: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
    SEARCH_ATTR_REASONS: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD_LIST,
    SEARCH_ATTR_SUBMITTED: IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
    SEARCH_ATTR_ROUTE: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
}


async def register_search_attributes(client: Client) -> list[str]:
    """Adds the missing attributes; returns the names that were added."""
    existing = await client.operator_service.list_search_attributes(
        ListSearchAttributesRequest(namespace=client.namespace)
    )
    missing = {k: v for k, v in _INDEXED.items() if k not in existing.custom_attributes}
    if missing:
        await client.operator_service.add_search_attributes(
            AddSearchAttributesRequest(namespace=client.namespace, search_attributes=missing)
        )
    return sorted(missing)
