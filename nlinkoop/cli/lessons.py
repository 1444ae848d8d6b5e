"""`nlinkoop lessons`: the learning log of a workbook, as text blocks or JSON."""

from nlinkoop.domain.lessons import Lesson

NO_LESSONS = "(no lessons)"


def as_json(lesson: Lesson) -> dict[str, str | int | None]:
    """One lesson as a JSON object (the date as ISO, the learning condition as its key).

    `meeting` is the number of the meeting round the reflection was drafted from, or null;
    `by` who last changed the preparation (a colleague's, from the teamserver, names them).
    """
    return {
        "prep_id": lesson.prep_id,
        "held_on": lesson.held_on.isoformat() if lesson.held_on else None,
        "counterparty": lesson.counterparty,
        "title": lesson.title,
        "lesson": lesson.lesson,
        "went_well": lesson.went_well,
        "went_badly": lesson.went_badly,
        "train_next": lesson.train_next.value if lesson.train_next else None,
        "meeting": lesson.meeting,
        "by": lesson.by,
    }


def text(lessons: list[Lesson], counterparty: str = "") -> str:
    """One block per lesson, newest first, separated by an empty line; one line for none."""
    if not lessons:
        return f"(no lessons with {counterparty})" if counterparty else NO_LESSONS
    return "\n\n".join(_block(lesson) for lesson in lessons)


def _block(lesson: Lesson) -> str:
    held = lesson.held_on.strftime("%d-%m-%Y") if lesson.held_on else "(no date)"
    title = lesson.title if lesson.meeting is None else f"{lesson.title} (meeting {lesson.meeting})"
    lines = [f"{held}  {lesson.counterparty or '(no supplier)'}", f"  {title}"]
    for label, value in (
        ("lesson", lesson.lesson),
        ("went well", lesson.went_well),
        ("went badly", lesson.went_badly),
        ("train next", lesson.train_next.value if lesson.train_next else ""),
    ):
        if value:
            first, *rest = value.splitlines()
            lines.append(f"  {label + ':':<12}{first}")
            lines += [f"  {'':<12}{more}" for more in rest]
    return "\n".join(lines)
