"""Task queue names the workflow routes heavy activities to (OCR, LLM).

They are fixed at workflow start from the workflow's own task queue so that a deployment can run
dedicated OCR/LLM workers (``<queue>-ocr``, ``<queue>-llm``) — or one worker polling all three.
"""

from __future__ import annotations

from dataclasses import dataclass

from temporalio import workflow


@dataclass(frozen=True)
class TaskQueues:
    main: str
    ocr: str
    llm: str

    @staticmethod
    def for_main(main: str) -> TaskQueues:
        return TaskQueues(main=main, ocr=f"{main}-ocr", llm=f"{main}-llm")

    @staticmethod
    def default() -> TaskQueues:
        return TaskQueues.for_main(workflow.info().task_queue)
