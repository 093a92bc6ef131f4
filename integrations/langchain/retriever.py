"""The guidance search as a langchain-core retriever, for chains that compose retrievers.

    retriever = GuidanceRetriever(guidance=advisor.knowledge.guidance)
    retriever.invoke("how long does fine-tuning take?")  # [Document, ...]

Kept out of the core so that importing the search itself never loads langchain-core
(about half a second and 24 MB).
"""

from __future__ import annotations

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import Field

from assistant import Guidance, search_guidance


class GuidanceRetriever(BaseRetriever):
    """The guidance search as a langchain-core retriever.

        retriever = GuidanceRetriever(guidance=guidance)
        retriever.invoke("how long does fine-tuning take?")  # [Document, ...]

    Each ``Document`` holds the passage text, with ``metadata`` ``id``, ``source`` (the
    document's title), ``section``, ``topics`` and ``score``.
    """

    guidance: Guidance
    k: int = Field(default=3, ge=1)

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        return [
            Document(
                page_content=passage.text,
                metadata={
                    "id": passage.id,
                    "source": self.guidance.documents[passage.document].title,
                    "section": passage.section,
                    "topics": list(passage.topics),
                    "score": score,
                },
            )
            for passage, score in search_guidance(self.guidance, query, limit=self.k)
        ]
