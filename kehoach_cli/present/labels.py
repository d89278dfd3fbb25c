"""User-facing labels: one table per language, looked up by stable keys."""

from __future__ import annotations

from datetime import date

from kehoach_cli.core.dates import PeriodCode
from kehoach_cli.core.errors import KehoachError, Text
from kehoach_cli.present.wording import format_date, period_label

LANGS = ("vi", "en")

VI: dict[str, str] = {
    # where a problem is
    "where.line": "dòng {line}",
    "error.prefix": "Lỗi",
    # --- errors: the domain (core/) ---
    "error.date_invalid": (
        "Ngày không hợp lệ: {text!r}. Dùng dạng dd/mm/yyyy (31/01/2021) hoặc yyyy-mm-dd."
    ),
    "error.date_nonexistent": "Ngày không tồn tại: {text!r}.",
    "error.period_invalid": (
        "Kỳ báo cáo không hợp lệ: {text!r}. Dùng 2021-03 hoặc 03/2021 (tháng), 2021-Q1 hoặc quý "
        "I/2021 (quý), 2021 (năm)."
    ),
    "error.period_range": "Kỳ --from ({since}) ở sau kỳ --to ({until}).",
    "error.agency_empty": "Chưa nhập tên đơn vị.",
    "error.agency_ambiguous": "'{query}' khớp với nhiều đơn vị; hãy ghi rõ hơn:\n{matches}",
    "error.agency_unknown": (
        "Không tìm thấy đơn vị '{query}'.\nXem danh sách bằng lệnh 'kehoach agencies'."
    ),
    "error.agency_unknown_near": (
        "Không tìm thấy đơn vị '{query}'.\nCó phải: {near}?\nXem danh sách bằng lệnh 'kehoach "
        "agencies'."
    ),
    "error.agency_foreign_letters": (
        "'{query}' có chữ cái Kirin hoặc Hy Lạp trông giống chữ Latinh: {letters}. Hãy gõ lại "
        "tên đơn vị bằng bàn phím tiếng Việt."
    ),
    "error.agency_is_group": (
        "'{query}' là một nhóm ({name}, {n} đơn vị); mỗi lần chỉ ghi cho một đơn vị, ví dụ "
        "{example}."
    ),
    "error.agency_is_empty_group": (
        "'{query}' là một nhóm ({name}, {n} đơn vị); mỗi lần chỉ ghi cho một đơn vị."
    ),
    "error.task_unknown": "Không có nhiệm vụ mã '{task}'. Xem danh sách bằng 'kehoach list'.",
    "error.task_unknown_near": (
        "Không có nhiệm vụ mã '{task}'. Có phải: {near}? Xem danh sách bằng 'kehoach list'."
    ),
    "error.report_unknown": "Không có báo cáo '{query}'. Các báo cáo: {reports}.",
    "error.report_ambiguous": "'{query}' khớp với nhiều báo cáo; hãy ghi mã báo cáo: {reports}.",
    "error.code_named": "{code} ({name})",
    "error.status_invalid": "Trạng thái không hợp lệ: '{word}'. Dùng một trong: {statuses}.",
    "error.state_invalid": (
        "Trạng thái không hợp lệ: '{word}'. Dùng một trong: {statuses}. Hoặc theo thời hạn: "
        "{timeliness}."
    ),
    "error.due_range": "--due-after phải không muộn hơn --due-before.",
    "error.search_empty": "Chưa nhập nội dung cần tìm cho --search.",
    "error.section_unknown": "Không có mục '{section}'. Các mục lớn: {sections}.",
    "error.role_invalid": (
        "Vai trò không hợp lệ: '{role}'. Dùng 'chủ trì' (lead), 'phối hợp' (support) hoặc 'tất "
        "cả' (all)."
    ),
    "error.within_negative": "--within phải là số ngày không âm.",
    # bounds of what a plan or a command may ask
    "error.date_out_of_range": "Ngày {text!r} nằm ngoài khoảng cho phép ({first} – {last}).",
    "error.within_too_long": "--within {days} ngày là quá xa; tối đa {most} ngày (khoảng 10 năm).",
    "error.rule.frequency": (
        "tần suất {freq} không dùng được; hạn báo cáo tính theo ngày: DAILY, WEEKLY, MONTHLY "
        "hoặc YEARLY"
    ),
    "error.rule.part": "thành phần {part} không dùng được cho hạn báo cáo",
    "error.rule.interval": "INTERVAL phải là số nguyên từ 1 trở lên, không phải {interval}",
    "error.rule.too_many": "quy tắc sinh quá nhiều kỳ báo cáo (tối đa {most} kỳ)",
    "error.rule.never": "không tháng nào trong BYMONTH có ngày ghi ở BYMONTHDAY",
    "error.date_range": "--from phải không muộn hơn --to.",
    "error.day_ahead": (
        "Ngày {day} còn ở phía trước (hôm nay là {today}): chỉ ghi việc đã xảy ra. Kiểm tra "
        "--date (hoặc --today)."
    ),
    "error.day_before_plan": (
        "Ngày {day} trước ngày bắt đầu của kế hoạch ({start}). Kiểm tra --date."
    ),
    "error.task_not_tracked": (
        "Nhiệm vụ {task} là đề nghị gửi cơ quan ngoài hệ thống UBND tỉnh, không theo dõi tiến độ "
        "nên không ghi trạng thái."
    ),
    "error.task_without_lead": (
        "Nhiệm vụ {task} chưa có đơn vị chủ trì trong tệp kế hoạch nên chưa ghi được tiến độ. Bổ "
        "sung 'lead' cho nhiệm vụ này trước."
    ),
    "error.lead_needed": (
        "Nhiệm vụ {task} có {n} đơn vị chủ trì ({leads}); chọn đơn vị được ghi bằng --agency, ví "
        "dụ: --agency {example}."
    ),
    "error.not_a_lead": (
        "{agency} không chủ trì nhiệm vụ {task}; chỉ ghi tiến độ cho đơn vị chủ trì: {leads}."
    ),
    "error.agencies_and_more": "{names} … ({n} đơn vị)",
    "error.not_a_reporter": "{agency} không có nghĩa vụ gửi báo cáo {report} ({name}).",
    "error.report_needed": (
        "Kế hoạch có {n} báo cáo hàng tháng; chọn báo cáo bằng --report. Các báo cáo: {reports}."
    ),
    "error.no_reports": "không có",
    "error.period_wrong_kind": (
        "Báo cáo {report} tính theo {kind}, còn '{query}' là một {typed}. Ví dụ: --period "
        "{example}."
    ),
    "error.period_kind.month": "tháng",
    "error.period_kind.quarter": "quý",
    "error.period_kind.year": "năm",
    "error.period_not_begun": (
        "Kỳ {period} chưa bắt đầu (bắt đầu từ ngày {start}), nên chưa thể có báo cáo cho kỳ "
        "này vào ngày {day}. Nếu đơn vị thật sự đã nộp sớm thì thêm --early."
    ),
    "error.nothing_owed_yet": (
        "{agency} đã nộp mọi kỳ báo cáo {report} đã đến hạn; kỳ tiếp theo là {period}, bắt "
        "đầu từ ngày {start}. Nếu đơn vị thật sự đã nộp sớm: --period {code} --early."
    ),
    "error.batch_refused": (
        "Không ghi gì cho {total} đơn vị vì {n} đơn vị không ghi được; sửa rồi chạy lại lệnh:"
    ),
    "error.batch_empty": "Không có đơn vị nào để ghi (nhóm không có thành viên).",
    "error.period_not_in_report": (
        "Báo cáo {report} không có kỳ {period}; các kỳ từ {first} đến {last}."
    ),
    "error.all_submitted": (
        "{agency} đã nộp đủ mọi kỳ của báo cáo {report}; muốn sửa một lần nộp thì ghi rõ "
        "--period và --correct."
    ),
    "error.already_submitted": (
        "{agency} đã được ghi nộp báo cáo {report} {period} ngày {date}. Muốn ghi lại (lần ghi "
        "sau được tính) thì thêm --correct."
    ),
    "error.submission_superseded": (
        "Lần ghi trước của {report} {period} là ngày {earlier}, sau ngày {day}: lần nộp có ngày "
        "muộn nhất mới được tính, nên bản ghi này sẽ không có tác dụng. Không ghi."
    ),
    # why the system refused to read or write a file (core.errors.os_reason)
    "error.os.permission": "không có quyền truy cập (kiểm tra quyền của tệp và thư mục)",
    "error.os.not_found": "không có tệp hoặc thư mục này",
    "error.os.is_directory": "đây là một thư mục, không phải tệp",
    "error.os.no_space": "ổ đĩa đã hết chỗ trống",
    "error.os.read_only": "ổ đĩa chỉ cho phép đọc",
    "error.os.name_too_long": "tên tệp quá dài",
    "error.os.io": "lỗi đọc ghi của ổ đĩa",
    "error.os.other": "lỗi hệ thống ({reason})",
    # withdraw and extend
    "error.nothing_to_withdraw": (
        "{agency} chưa có lần ghi trạng thái nào của nhiệm vụ {task} để rút lại."
    ),
    "error.nothing_to_withdraw_report": (
        "{agency} chưa có lần nộp báo cáo {report} {period} nào để rút lại."
    ),
    "error.withdraw_before_entry": (
        "Ngày rút lại {day} trước ngày của lần ghi bị rút lại ({entry})."
    ),
    "error.extend_no_due": (
        "Nhiệm vụ {task} là nhiệm vụ thường xuyên (không có hạn), không gia hạn được."
    ),
    "error.extend_not_later": (
        "Hạn mới {to} phải sau hạn của nhiệm vụ {task} trong kế hoạch ({due})."
    ),
    # deadlines by period
    "error.due_period_invalid": (
        "'{text}' không phải kỳ hạn: ghi tháng 2021-06, quý 2021-Q2, nửa năm 2021-H1 hoặc năm 2021."
    ),
    "error.period_kind.half": "nửa năm",
    # --- end of errors: core ---
    # --- errors: the plan file (planfile/) ---
    "merge.item.table": "[{name}]",
    "merge.item.array": "[[{name}]] #{n}",
    "merge.item.file": "tệp",
    "merge.side.ours": "{label}",
    "merge.side.theirs": "{label}",
    "error.file.not_found": (
        "Không tìm thấy tệp kế hoạch: {path}. Kiểm tra --file hoặc {env}, hoặc tạo tệp mới bằng "
        "'kehoach init'."
    ),
    "error.file.not_utf8": "{file}: tệp không phải UTF-8 hợp lệ.",
    "error.file.save_as_utf8": "lưu lại tệp với bảng mã UTF-8 (không phải Windows-1258 hay VNI).",
    "error.file.unreadable": "Không đọc được tệp kế hoạch {file}: {reason}.",
    "error.file.conflicts": "{file}: tệp còn {n} chỗ xung đột git chưa giải quyết.",
    "error.file.conflict": (
        "xung đột git chưa giải quyết ở {item} (dòng {first}–{last}): giữ lại phiên bản đúng "
        "(giữa <<<<<<< và =======, hoặc giữa ======= và >>>>>>>) rồi xóa các dòng đánh dấu "
        "<<<<<<<, =======, >>>>>>>."
    ),
    # merged without losing anything: what to do with each marked region
    "error.file.conflict_events": (
        "xung đột ở {item} (dòng {first}–{last}): hai bên ghi các cập nhật khác nhau. Giữ lại "
        "các dòng của cả hai bên ({ours} ở trên, {theirs} ở dưới; cập nhật nào có ở cả hai thì "
        "giữ một lần), chỉ xóa ba dòng đánh dấu <<<<<<<, =======, >>>>>>>."
    ),
    "error.file.conflict_one_side": (
        "xung đột ở {item} (dòng {first}–{last}): chỉ có ở {side}; bên kia đã xóa hoặc đổi nó, "
        "hoặc nó không còn khớp với phần còn lại của tệp. Giữ lại (chỉ xóa ba dòng đánh dấu "
        "<<<<<<<, =======, >>>>>>>) để không mất gì, rồi chạy lại 'kehoach validate' và sửa chỗ "
        "nó tham chiếu (ví dụ mục, đơn vị mà bên kia đã đổi mã hoặc xóa)."
    ),
    "error.file.conflict_tasks": (
        "xung đột ở {item} (dòng {first}–{last}): hai bên viết khác nhau ({ours} ở trên, "
        "{theirs} ở dưới). Nếu là một nhiệm vụ: giữ bản đúng (hoặc gộp hai bản làm một). Nếu là "
        "hai nhiệm vụ khác nhau trùng mã: giữ cả hai và đổi mã (id) của một nhiệm vụ. Rồi xóa "
        "ba dòng đánh dấu <<<<<<<, =======, >>>>>>>."
    ),
    "error.file.conflict_reports": (
        "xung đột ở {item} (dòng {first}–{last}): hai bên viết khác nhau ({ours} ở trên, "
        "{theirs} ở dưới). Nếu là một báo cáo: giữ bản đúng (hoặc gộp hai bản làm một). Nếu là "
        "hai báo cáo khác nhau trùng mã: giữ cả hai và đổi mã (id) của một báo cáo. Rồi xóa "
        "ba dòng đánh dấu <<<<<<<, =======, >>>>>>>."
    ),
    "error.file.syntax": "{file}: lỗi cú pháp TOML.",
    # TOML syntax, as tomllib reports it (planfile/syntax.py)
    "error.toml.problem": "{message}{hint}\n{quote}",
    "error.toml.hint": " Nên viết: {hint}",
    "error.toml.newline": "sau giá trị còn ký tự thừa; mỗi dòng chỉ ghi một cặp khóa = giá trị.",
    "error.toml.invalid_value": "giá trị không hợp lệ.",
    "error.toml.invalid_date": (
        "ngày không hợp lệ (ngày ghi theo dạng năm-tháng-ngày, ví dụ 2021-07-31)."
    ),
    "error.toml.unclosed_quote": "chuỗi chưa đóng ngoặc kép trước khi hết dòng.",
    "error.toml.lone_cr": (
        "ký tự xuống dòng CR đứng riêng; lưu tệp với kiểu xuống dòng LF hoặc CRLF."
    ),
    "error.toml.control": "ký tự điều khiển {char} không được phép ở đây.",
    "error.toml.unclosed_string": "chuỗi chưa đóng.",
    "error.toml.unclosed_string_at_end": "chuỗi mở ở đây chưa được đóng đến hết tệp.",
    "error.toml.unclosed_array": "mảng chưa đóng hoặc thiếu dấu phẩy giữa các phần tử.",
    "error.toml.unclosed_array_at_end": "mảng mở bằng [ ở đây chưa được đóng bằng ] đến hết tệp.",
    "error.toml.unclosed_inline": "bảng { } viết trên một dòng chưa đóng hoặc thiếu dấu phẩy.",
    "error.toml.unclosed_inline_at_end": (
        "bảng mở bằng { ở đây chưa được đóng bằng } đến hết tệp."
    ),
    "error.toml.header_end": "tiêu đề bảng thiếu dấu ] đóng.",
    "error.toml.array_header_end": "tiêu đề [[...]] thiếu dấu ]] đóng.",
    "error.toml.expected_equals": "sau tên khóa phải có dấu =.",
    "error.toml.key_start": "tên khóa bắt đầu bằng ký tự không hợp lệ.",
    "error.toml.invalid_statement": "dòng này không phải khóa = giá trị hay tiêu đề bảng [...].",
    "error.toml.overwrite": "khóa này đã được gán giá trị ở trên; mỗi khóa chỉ được gán một lần.",
    "error.toml.duplicate_key": "khóa '{key}' xuất hiện hai lần trong cùng một bảng {{ }}.",
    "error.toml.declared_twice": "bảng [{key}] được khai báo hai lần.",
    "error.toml.redefine": "bảng {key} đã được tạo ở trên, không khai báo lại được.",
    "error.toml.immutable": "{key} đã được ghi trọn ở trên, không thêm khóa vào được.",
    "error.toml.backslash": "dấu \\ trong chuỗi phải viết \\\\, hoặc dùng chuỗi nháy đơn '...'.",
    "error.toml.bad_escape": "mã thoát \\u hoặc \\U không hợp lệ.",
    "error.toml.other": "lỗi cú pháp TOML ({message}).",
    "error.toml.hint.date": (
        "{wanted} thay cho {written} (ngày theo dạng năm-tháng-ngày, không đặt trong ngoặc kép)."
    ),
    "error.toml.hint.quote_words": '"{words}" (chữ phải đặt trong ngoặc kép).',
    "error.toml.hint.one_per_line": (
        "xuống dòng trước khóa tiếp theo; chữ phải đặt trong ngoặc kép."
    ),
    "error.toml.hint.missing_comma": "thêm dấu phẩy giữa hai phần tử, hoặc ] để đóng mảng.",
    "error.toml.hint.quote_key": (
        "tên khóa có dấu cách hoặc dấu tiếng Việt phải đặt trong ngoặc kép."
    ),
    "error.file.conflict_marker": (
        "tệp còn dấu xung đột git (dòng {line}); giữ lại phiên bản đúng và xóa các dòng <<<<<<<, "
        "=======, >>>>>>>."
    ),
    "error.file.unreadable_toml": "{file}: tệp TOML không đọc được.",
    "error.file.too_deep": "mảng hoặc bảng lồng nhau quá sâu; hãy bỏ bớt các cặp [ ] hoặc { }.",
    "error.file.huge_value": "số quá lớn hoặc giá trị không đọc được ({kind}).",
    "error.file.invalid": "Tệp kế hoạch {file} có {n} lỗi:",
    "error.file.lock_timeout": "{env} phải là một số giây (ví dụ 10), không phải {value!r}.",
    "error.file.lock_unusable": "Không tạo được tệp khóa {path}: {reason}.",
    "error.file.busy": (
        "Tệp {path} đang được một lệnh khác ghi (đã chờ {seconds} giây). Thử lại sau ít phút; "
        "nếu cần chờ lâu hơn, đặt biến môi trường {env} (số giây)."
    ),
    "error.file.read_only": (
        "Tệp {path} chỉ cho đọc (read-only); không ghi. Tệp vẫn như cũ. Bỏ thuộc tính chỉ đọc "
        "hoặc hỏi người quản lý thư mục."
    ),
    "error.file.write_failed": "Không ghi được {path}: {reason}. Tệp vẫn như cũ.",
    "error.file.bad_character": (
        "{what} chứa ký tự không ghi được vào tệp ({character}). Hãy gõ lại phần đó."
    ),
    "error.file.not_utf8_byte": "byte không phải UTF-8; kiểm tra bảng mã của cửa sổ lệnh",
    "error.file.control_character": "ký tự điều khiển hoặc ký tự ẩn U+{code}",
    "error.file.sample_read_only": (
        "{file} là kế hoạch mẫu đi kèm chương trình (sample = true trong [plan]), chỉ để xem, "
        "không ghi được; tệp không bị thay đổi. Tạo tệp kế hoạch của đơn vị bằng "
        "'kehoach init THƯ_MỤC', rồi chạy lệnh trong thư mục đó (hoặc dùng --file)."
    ),
    "error.file.no_new_text": "Không tạo được nội dung mới cho tệp; tệp không bị thay đổi.",
    "error.file.change_breaks": "Thay đổi sẽ làm hỏng tệp kế hoạch nên không ghi:",
    "error.file.check_failed": "Kiểm tra sau khi ghi không khớp; tệp không bị thay đổi.",
    "error.merge.bad_header": "{file}: không đọc được tiêu đề bảng ở dòng {line}: {header!r}.",
    "error.merge.twice": "{file}: mục {item} xuất hiện hai lần (dòng {line}).",
    "error.merge.events_not_copied": "không chép lại được các cập nhật của bên kia.",
    "error.schema.not_a_table": "{where} phải là một bảng TOML.",
    "error.schema.unknown_key": "{where}: khóa lạ '{key}' (viết sai?). Các khóa hợp lệ: {known}.",
    "error.schema.wrong_type": "{where}: '{key}' phải là {expected}, không phải {got}.",
    "error.schema.type.string": "chuỗi",
    "error.schema.type.date": "ngày (2021-01-31)",
    "error.schema.type.list": "danh sách [...]",
    "error.schema.type.table": "bảng",
    "error.schema.type.boolean": "true hoặc false",
    "error.schema.got.datetime": "ngày giờ {value} (chỉ ghi ngày, ví dụ 2021-01-31)",
    "error.schema.got.string": "chuỗi {value!r}",
    "error.schema.got.bool": "giá trị đúng/sai",
    "error.schema.got.number": "số {value}",
    "error.schema.got.list": "danh sách",
    "error.schema.got.table": "bảng",
    "error.schema.strings_only": "{where}: '{key}' chỉ được chứa chuỗi.",
    "error.schema.missing_key": "{where}: thiếu khóa bắt buộc '{key}'.",
    "error.schema.unknown_top_key": (
        "khóa lạ ở cấp ngoài cùng: '{key}'{hint}. Các phần hợp lệ: {known}."
    ),
    "error.schema.format_missing": (
        "khóa 'format' phải là {version} (phiên bản định dạng tệp kế hoạch); hãy thêm 'format = "
        "{version}'."
    ),
    "error.schema.format_wrong": (
        "khóa 'format' phải là {version} (phiên bản định dạng tệp kế hoạch), không phải {got}."
    ),
    "error.schema.where.report": "báo cáo '{id}'",
    "error.schema.where.report_n": "[[reports]] thứ {n}",
    "error.schema.where.task": "nhiệm vụ '{id}'",
    "error.schema.where.task_n": "[[tasks]] thứ {n}",
    "error.schema.where.event": "{where} mục {n}",
    "error.schema.unknown_task": "{where}: nhiệm vụ '{task}' không có trong kế hoạch.",
    "error.schema.unsafe_character": (
        "văn bản có ký tự điều khiển hoặc ký tự ẩn U+{code} (có thể làm rối màn hình); "
        "hãy xóa ký tự này."
    ),
    "error.schema.not_nfc": (
        "chữ chưa chuẩn hóa NFC: {text!r}. Gõ lại bằng bộ gõ Unicode dựng sẵn, hoặc chạy một "
        "lệnh ghi của kehoach để chuẩn hóa."
    ),
    "error.schema.plan_missing": "thiếu bảng [plan] (id, title, start, end, deadline_rule).",
    "error.schema.deadline_rule": (
        "[plan]: deadline_rule '{rule}' không hợp lệ; dùng 'next_working_day' (lùi sang ngày làm "
        "việc tiếp theo) hoặc 'exact'."
    ),
    "error.schema.end_before_start": "[plan]: ngày kết thúc (end) trước ngày bắt đầu (start).",
    "error.schema.date_out_of_range": "ngày {day} nằm ngoài khoảng cho phép ({first} – {last}).",
    "error.schema.plan_too_long": (
        "[plan]: kế hoạch dài quá 10 năm ({days} ngày); kiểm tra lại start và end."
    ),
    "error.schema.sections_not_a_table": '[sections] phải là một bảng: "1.2" = "…".',
    "error.schema.section_title": "[sections]: tiêu đề mục '{key}' phải là chuỗi.",
    "error.schema.not_tables": "'{name}' phải là các bảng [{name}.KHÓA].",
    "error.schema.not_entries": "'{name}' phải là các mục [[{name}]].",
    "error.schema.agency_key": (
        "{where}: khóa đơn vị chỉ gồm chữ thường không dấu, số và '-' (ví dụ 'stc')."
    ),
    "error.schema.agency_kind": "{where}: loại '{kind}' không hợp lệ; dùng một trong: {known}.",
    "error.schema.name_taken": (
        "{where}: tên '{name}' trùng với đơn vị '{owner}'; mỗi tên gọi tắt hoặc bí danh chỉ được "
        "dùng cho một đơn vị."
    ),
    "error.schema.group_is_agency": "{where}: trùng khóa với một đơn vị; hãy đổi tên nhóm.",
    "error.schema.unknown_member": (
        "{where}: thành viên '{member}' không phải đơn vị hay nhóm đã khai báo{hint}."
    ),
    "error.schema.did_you_mean": " (có phải '{word}'?)",
    "error.schema.group_cycle": "nhóm lồng nhau thành vòng: {cycle}.",
    "error.schema.unknown_ref": (
        "{where}: '{ref}' không phải đơn vị hay nhóm đã khai báo{hint}; nhóm viết có '@' ở đầu, "
        "ví dụ '@districts'."
    ),
    "error.schema.report_id_twice": "{where}: mã báo cáo bị trùng.",
    "error.schema.report_period": (
        "{where}: period '{period}' không hợp lệ; dùng month, quarter hoặc year."
    ),
    "error.schema.report_rrule": (
        "{where}: RRULE không đọc được ({reason}). Ví dụ: 'FREQ=MONTHLY;BYMONTHDAY=20'."
    ),
    "error.schema.task_id": "{where}: mã chỉ gồm chữ, số, '.' và '-' (ví dụ 1.2.3).",
    "error.schema.task_id_twice": (
        "{where}: mã nhiệm vụ bị trùng với [[tasks]] thứ {n}; mỗi nhiệm vụ cần một mã riêng."
    ),
    "error.schema.task_section": (
        '{where}: mục \'{section}\' chưa có trong [sections]; thêm "{section}" = "…".'
    ),
    "error.schema.task_text_empty": "{where}: nội dung nhiệm vụ (text) đang trống.",
    "error.schema.task_kind": "{where}: kind '{kind}' không hợp lệ; dùng task/request.",
    "error.schema.due_outside_plan": (
        "{where}: hạn {due} nằm ngoài thời gian của kế hoạch ({start}–{end})."
    ),
    "error.schema.unknown_agency": "{where}: '{agency}' không phải đơn vị đã khai báo{hint}.",
    "error.schema.only_log": "{where}: chỉ được có một khóa 'log = [ … ]'.",
    "error.schema.log_not_a_list": "{where}: 'log' phải là danh sách.",
    "error.schema.task_or_report": "{where}: cần đúng một trong 'task' hoặc 'report'.",
    "error.schema.status": "{where}: trạng thái {status!r} không hợp lệ; dùng một trong: {known}.",
    "error.schema.task_period": "{where}: cập nhật nhiệm vụ không có 'period'.",
    "error.schema.unknown_report": "{where}: báo cáo '{report}' không có trong kế hoạch.",
    "error.schema.report_status": "{where}: nộp báo cáo không có 'status'.",
    "error.schema.period_missing": "{where}: thiếu 'period' (kỳ báo cáo, ví dụ \"2021-03\").",
    "error.schema.period_invalid": (
        '{where}: kỳ {period!r} không hợp lệ cho báo cáo này (tháng "2021-03", quý "2021-Q1", '
        'năm "2021").'
    ),
    "error.schema.not_lead": (
        "[events.{agency}]: '{agency}' không chủ trì nhiệm vụ '{task}', không thể ghi trạng thái "
        "cho nhiệm vụ này."
    ),
    "error.schema.not_reporter": (
        "[events.{agency}]: '{agency}' không có nghĩa vụ gửi báo cáo '{report}'."
    ),
    # withdraw and extend
    "error.schema.withdraws_later": (
        "{where}: ngày của lần ghi bị rút lại ('withdraws' = {day}) không được sau ngày rút "
        "lại ('date')."
    ),
    "error.schema.extension_shape": (
        "{where}: dòng gia hạn ('extended_to') phải có 'task' và không có 'status', 'period' "
        "hay 'withdraws'."
    ),
    "error.schema.extension_no_due": (
        "{where}: nhiệm vụ {task} không có hạn ('due') nên không gia hạn được."
    ),
    "error.schema.extension_not_later": (
        "{where}: hạn mới {day} phải sau hạn {due} của nhiệm vụ {task}."
    ),
    "error.schema.withdraws_nothing": (
        "[events.{agency}]: dòng rút lại ({what}, ngày {day}) không khớp lần ghi nào của đơn "
        "vị này; sửa 'withdraws', 'task', 'status' (hoặc 'report', 'period') cho đúng lần ghi "
        "cần rút lại."
    ),
    # deadlines by period
    "error.schema.due_period": (
        "{where}: 'due' phải là ngày (2021-01-31) hoặc kỳ hạn (tháng \"2021-06\", "
        'quý "2021-Q2", nửa năm "2021-H1", năm "2021"), không phải chuỗi \'{value}\'.'
    ),
    # import
    "error.import.kind": "{file}: chỉ nhập được văn bản {kinds}.",
    "error.import.unreadable": "Không đọc được {file}: {reason}.",
    "error.import.not_utf8": "{file} không phải văn bản UTF-8; lưu lại dạng UTF-8 rồi nhập lại.",
    "error.import.no_year": "Không rõ kế hoạch năm nào; ghi rõ bằng --year NĂM.",
    "error.import.no_table": (
        "{file}: không thấy bảng nhiệm vụ (dòng tiêu đề có cột Nội dung và cột Chủ trì hoặc "
        "Thời gian)."
    ),
    # --- end of errors: planfile ---
    # --- errors: git (git/) ---
    "error.git.not_installed": (
        "Không tìm thấy chương trình git. Cài git (https://git-scm.com) hoặc bỏ --commit."
    ),
    "error.git.cannot_run": "Không chạy được git: {reason}.",
    "error.git.staged_unreadable": "git không đọc được các thay đổi đã stage: {said}",
    "error.git.diff_failed": "git không so sánh được {file}: {said}",
    "error.git.commit.not_repo": (
        "--commit: {folder} không nằm trong một kho git. Chạy 'git init' và commit tệp "
        "kế hoạch trước, hoặc bỏ --commit. Chưa ghi gì."
    ),
    "error.git.commit.untracked": (
        "--commit: {file} chưa được git theo dõi. Chạy 'git add {file}' và "
        "'git commit' trước, hoặc bỏ --commit. Chưa ghi gì."
    ),
    "error.git.commit.identity": (
        "--commit: git chưa biết tên và email của người commit (thiếu {missing}), nên chưa "
        "ghi gì. Đặt một lần trên máy này, thay bằng tên và email của bạn: "
        'git config --global user.name "Nguyễn Văn A" và '
        'git config --global user.email "nguyenvana@hatinh.gov.vn"; rồi chạy lại lệnh.'
    ),
    "error.git.commit.merging": (
        "--commit: kho đang gộp dở (merge). Sửa xung đột rồi 'git add' + 'git commit', hoặc "
        "bỏ lần gộp bằng 'git merge --abort', rồi chạy lại. Chưa ghi gì."
    ),
    "error.git.commit.staged": (
        "--commit: đang có thay đổi khác đã stage trong git ({files}). Commit hoặc bỏ "
        "stage chúng trước ('git restore --staged …'), hoặc bỏ --commit. Chưa ghi gì."
    ),
    "error.git.commit.uncommitted": (
        "--commit: {file} có thay đổi chưa commit. Xem 'git diff', commit chúng "
        "trước, hoặc bỏ --commit. Chưa ghi gì."
    ),
    "error.git.commit.failed": (
        "Đã ghi vào {file} nhưng git commit không thành công:\n{said}\n"
        "Sửa lỗi rồi tự commit tệp (git commit), không chạy lại lệnh ghi."
    ),
    "error.git.not_repo": (
        "{folder} không nằm trong một kho git. Tạo kho bằng 'git init' (hoặc lấy về bằng "
        "'git clone'), rồi chạy lại."
    ),
    "error.git.no_toplevel": "git không cho biết thư mục gốc của kho: {said}",
    "error.git.plan_outside": "Tệp kế hoạch {path} không nằm trong kho git {root}.",
    "error.git.read_failed": "Không đọc được {path}: {reason}.",
    "error.git.write_failed": "Không ghi được {path}: {reason}.",
    "error.git.attr_unreadable": "git không đọc được thuộc tính của {file}: {said}",
    "error.git.config_failed": "git không ghi được cấu hình {setting}: {said}",
    "error.git.attr_ignored": (
        "Đã thêm '{line}' vào {path} nhưng git vẫn không dùng trình gộp kehoach cho tệp này "
        "(có thể .git/info/attributes ghi đè). Kiểm tra lại bằng 'git check-attr merge -- {file}'."
    ),
    "error.git.step.preflight": "Bước kiểm tra trước khi đồng bộ",
    "error.git.sync.merging": (
        "{step}: kho đang gộp dở (merge). Sửa xung đột rồi 'git add' + 'git commit', "
        "hoặc bỏ lần gộp đó bằng 'git merge --abort', rồi chạy lại 'kehoach sync'."
    ),
    "error.git.sync.untracked": (
        "{step}: {file} chưa được git theo dõi. Chạy 'git add {file}' và 'git commit' trước."
    ),
    "error.git.sync.uncommitted": (
        "{step}: {file} có thay đổi chưa commit. 'kehoach sync' không tự commit: "
        "xem lại bằng 'git diff', commit (git commit {file}) rồi chạy lại."
    ),
    "error.git.sync.no_remote": (
        "{step}: kho này chưa có máy chủ (remote) nào để đồng bộ. Thêm một lần bằng "
        "'git remote add origin <địa chỉ kho trên máy chủ>', đẩy lên lần đầu bằng "
        "'git push -u origin <tên nhánh>', rồi chạy lại 'kehoach sync'."
    ),
    "error.git.sync.no_upstream": (
        "{step}: nhánh hiện tại chưa gắn với nhánh nào trên máy chủ. Chạy một lần "
        "'git push -u origin <tên nhánh>' (hoặc 'git branch --set-upstream-to'), rồi chạy lại."
    ),
    "error.git.sync.conflict": (
        "Bước gộp (git pull) chưa xong: còn xung đột ở {files}. Chưa đẩy gì lên máy chủ. "
        "{plan}Sửa xong thì 'git add' + 'git commit' rồi chạy lại 'kehoach sync'. Muốn trở lại "
        "như trước khi đồng bộ: 'git merge --abort'. Git và trình gộp báo:\n{said}"
    ),
    "error.git.sync.plan_marked": (
        "Tệp kế hoạch {file} giữ cả hai bản ở {n} chỗ, giữa các dòng <<<<<<< {ours} và "
        ">>>>>>> {theirs}; mọi phần khác đã gộp, không cập nhật hay nhiệm vụ nào bị bỏ. Tệp "
        "chưa hợp lệ cho đến khi sửa các chỗ đó: 'kehoach validate' chỉ từng chỗ và cách sửa. "
    ),
    "error.git.sync.plan_unmarked": (
        "Tệp kế hoạch {file} chỉ còn bản của máy này, không có dòng đánh dấu xung đột: các thay "
        "đổi từ máy chủ CHƯA có trong tệp. Đừng commit tệp như vậy; chạy 'git merge --abort', "
        "chạy 'kehoach git-setup' rồi đồng bộ lại. "
    ),
    "error.git.sync.pull_failed": (
        "Bước lấy về (git pull) không thành công; máy này chưa thay đổi gì.\n{said}"
    ),
    "error.git.sync.push_failed": (
        "Bước đẩy lên (git push) không thành công; các thay đổi vẫn nằm ở máy này. "
        "Chạy lại 'kehoach sync' sau ít phút.\n{said}"
    ),
    "error.git.sync.invalid": (
        "Bước kiểm tra tệp sau khi gộp: tệp kế hoạch có lỗi nên chưa đẩy lên. Sửa lỗi, "
        "commit rồi chạy lại 'kehoach sync'.{undo} {said}"
    ),
    "error.git.sync.undo": " Muốn trở về như trước khi đồng bộ: 'git reset --merge {commit}'.",
    # --- end of errors: git ---
    # --- errors: the command line (cli/) ---
    "error.cli.bad_timezone": "Múi giờ không hợp lệ trong KEHOACH_TZ: {name!r}.",
    "error.cli.init.exists": "Tệp {target} đã có; không ghi đè. Chọn thư mục khác.",
    "error.cli.init.cannot_create": "Không tạo được {target}: {reason}.",
    "error.cli.import.exists": "Tệp {target} đã có; không ghi đè. Chọn tên tệp khác cho -o.",
    "error.cli.export.is_plan": (
        "{target} là tệp kế hoạch: không ghi đè. Chọn tên tệp khác cho bản xuất."
    ),
    "error.cli.export.is_folder": "{target} là một thư mục; hãy ghi tên tệp, ví dụ {example}.",
    "error.cli.export.no_folder": (
        "Không có thư mục {folder}; tạo thư mục trước hoặc chọn chỗ khác."
    ),
    "error.cli.export.cannot_write": "Không ghi được {target}: {reason}.",
    "error.cli.field.task_id": "Mã nhiệm vụ",
    "error.cli.field.text": "Nội dung (--text)",
    "error.cli.field.note": "Ghi chú (--note)",
    "error.cli.field.ref": "Văn bản (--ref)",
    "error.cli.field.by": "Người ghi (--by)",
    "error.cli.add.empty_text": "Nội dung nhiệm vụ (--text) đang trống.",
    "error.cli.add.id_taken": "Mã nhiệm vụ '{id}' đã có (nhiệm vụ {existing}); chọn mã khác.",
    "error.cli.add.no_section": (
        "Mục '{section}' chưa có trong [sections].{hint} Thêm mục vào tệp trước, "
        "hoặc chọn một mục đã có."
    ),
    "error.cli.add.did_you_mean": " Có phải: {names}?",
    "error.cli.add.no_lead": "Cần ít nhất một đơn vị chủ trì (--lead).",
    "error.cli.add.due_outside": ("Hạn {due} nằm ngoài thời gian của kế hoạch ({start}–{end})."),
    "error.cli.team.sample_plan": (
        "Chưa có tệp kế hoạch của riêng bạn (đang dùng kế hoạch mẫu đi kèm chương trình). "
        "Chạy lệnh trong thư mục của kho kế hoạch, hoặc dùng --file."
    ),
    "error.cli.team.cannot_read": "Không đọc được {what} {path}: {reason}.",
    "error.cli.team.base": "bản gốc",
    "error.cli.team.ours": "bản của nhánh này",
    "error.cli.team.theirs": "bản kia",
    "error.cli.merge.whole": (
        "{name}: không gộp được theo từng mục ({reason}). Tệp giữ nguyên cả hai bản, không mất "
        "gì: {ours} giữa <<<<<<< và =======, {theirs} giữa ======= và >>>>>>>. Tệp chưa hợp lệ "
        "cho đến khi sửa tay thành một bản; hoặc trở lại như trước bằng 'git merge --abort'."
    ),
    "error.cli.merge.not_utf8": "một bản không phải UTF-8",
    "error.cli.merge.by_items": "một bản không tách được thành từng mục một cách chắc chắn",
    "error.cli.merge.conflicts": (
        "{name}: đã gộp, trừ {n} chỗ cần người quyết định. Ở mỗi chỗ, tệp giữ cả hai bản giữa "
        "các dòng đánh dấu (<<<<<<< {ours}, =======, >>>>>>> {theirs}); không cập nhật hay "
        "nhiệm vụ nào bị bỏ. Tệp chưa hợp lệ cho đến khi sửa xong; 'kehoach validate' chỉ lại "
        "từng chỗ:"
    ),
    "error.cli.sample_refused": (
        "{file} là kế hoạch mẫu đi kèm chương trình (sample = true trong [plan]), không phải "
        "kế hoạch của đơn vị, nên không kiểm tra. Hãy chỉ rõ tệp kế hoạch: trong crontab đặt "
        "KEHOACH_FILE=/đường/dẫn/data/tasks.toml (hoặc dùng --file); chưa có tệp thì tạo bằng "
        "'kehoach init THƯ_MỤC'."
    ),
    # withdraw and extend
    "error.cli.withdraw_what": (
        "Ghi mã nhiệm vụ (kehoach withdraw 1.3) hoặc --report (kehoach withdraw --report "
        "bc-thang --period 02/2021 --agency stc), không ghi cả hai."
    ),
    "error.cli.withdraw_period_without_report": "--period chỉ dùng cùng --report.",
    "error.cli.withdraw_report_needs": (
        "Rút lại một lần nộp báo cáo {report} cần ghi cả --period và --agency."
    ),
    "error.cli.extend_ref_needed": (
        "Ghi văn bản cho gia hạn bằng --ref, ví dụ --ref 'Công văn số 123/UBND-TH'."
    ),
    "error.cli.office.exists": (
        "Tệp {target} đã có. Thêm --force để ghi đè, hoặc chọn tên tệp khác."
    ),
    "error.cli.office.xlsx_output": "Với xlsx cần chỉ tệp ghi ra: -o TỆP.xlsx.",
    "error.cli.office.template": "Không mở được mẫu {path}: {reason}.",
    "error.cli.office.not_folder": "{target} không phải là thư mục. Chọn một thư mục cho -o.",
    # --- end of errors: cli ---
    # statuses a person records
    "status.not_started": "chưa thực hiện",
    "status.in_progress": "đang thực hiện",
    "status.done": "hoàn thành",
    "status.blocked": "vướng mắc",
    "status.cancelled": "dừng thực hiện",
    # timeliness, derived
    "timeliness.done_on_time": "hoàn thành đúng hạn",
    "timeliness.done_late": "hoàn thành quá hạn",
    "timeliness.on_track": "trong hạn",
    "timeliness.overdue": "quá hạn",
    "timeliness.ongoing": "thường xuyên",
    "timeliness.cancelled": "dừng thực hiện",
    # report submission states
    "report.on_time": "đúng hạn",
    "report.late": "trễ hạn",
    "report.missing": "chưa nộp (quá hạn)",
    "report.pending": "chưa đến hạn",
    # command-line help and click's own words
    "click.usage": "Cách dùng",
    "click.options": "Tùy chọn",
    "click.arguments": "Tham số",
    "click.commands": "Lệnh",
    "click.options_metavar": "[TÙY_CHỌN]",
    "click.command_metavar": "LỆNH [THAM_SỐ]...",
    "click.default": "mặc định: {default}",
    "click.env_var": "biến môi trường: {var}",
    "click.required": "bắt buộc",
    "click.range": "từ {min} đến {max}",
    "click.at_least": "từ {min} trở lên",
    "click.at_most": "tối đa {max}",
    "click.try_help": "Xem hướng dẫn: '{command} {option}'.",
    "click.no_such_option": "Không có tùy chọn {option}.",
    "click.possible_options": " Có phải: {options}?",
    "click.no_such_command": "Không có lệnh '{name}'.",
    "click.did_you_mean": " Có phải: {names}?",
    "click.missing_command": "Chưa ghi lệnh (ví dụ: kehoach list).",
    "click.missing_argument": "Thiếu tham số {name}.",
    "click.missing_option": "Thiếu tùy chọn {name}.",
    "click.choose_from": "Chọn một trong: {choices}.",
    "click.extra_arguments": "Thừa tham số: {args}.",
    "click.invalid": "Giá trị không hợp lệ: {message}",
    "click.invalid_value": "Giá trị không hợp lệ cho {name}: {message}",
    "click.not_one_of": "{value} không phải là một trong: {choices}.",
    "click.not_integer": "{value} không phải là số nguyên.",
    "click.not_number": "{value} không phải là số.",
    "click.out_of_range": "{value} nằm ngoài khoảng cho phép ({range}).",
    "click.requires_value": "Tùy chọn {option} cần một giá trị.",
    "click.no_value": "Tùy chọn {option} không nhận giá trị.",
    "metavar.type.text": "CHUỖI",
    "metavar.type.integer": "SỐ",
    "metavar.type.path": "ĐƯỜNG_DẪN",
    "metavar.file": "TỆP",
    "metavar.today": "NGÀY",
    "metavar.agency": "ĐƠN_VỊ",
    "metavar.status": "TRẠNG_THÁI",
    "metavar.role": "VAI_TRÒ",
    "metavar.section": "MỤC",
    "metavar.due_before": "NGÀY",
    "metavar.due_after": "NGÀY",
    "metavar.search": "TỪ_KHÓA",
    "metavar.task_id": "MÃ",
    "metavar.within": "SỐ_NGÀY",
    "metavar.stale_days": "SỐ_NGÀY",
    "metavar.remind": "SỐ_NGÀY",
    "metavar.start": "NGÀY",
    "metavar.end": "NGÀY",
    "metavar.when": "NGÀY",
    "metavar.due": "NGÀY",
    "metavar.note": "GHI_CHÚ",
    "metavar.ref": "VĂN_BẢN",
    "metavar.by": "NGƯỜI_GHI",
    "metavar.report": "MÃ_BÁO_CÁO",
    "metavar.report_id": "MÃ_BÁO_CÁO",
    "metavar.period": "KỲ",
    "metavar.since": "KỲ",
    "metavar.until": "KỲ",
    "metavar.text": "NỘI_DUNG",
    "metavar.lead": "ĐƠN_VỊ",
    "metavar.support": "ĐƠN_VỊ",
    "metavar.output": "TỆP",
    "metavar.directory": "THƯ_MỤC",
    "metavar.cmd.add.task_id": "MÃ_MỚI",
    "metavar.cmd.export.kind": "KIỂU",
    "metavar.base": "BẢN_GỐC",
    "metavar.ours": "BẢN_NÀY",
    "metavar.theirs": "BẢN_KIA",
    "metavar.path": "ĐƯỜNG_DẪN",
    "help.help": "Xem hướng dẫn này rồi thoát.",
    "help.file": "Tệp kế hoạch (mặc định: data/tasks.toml gần nhất, hoặc kế hoạch mẫu 2021).",
    "help.today": "Ngày coi là hôm nay (dd/mm/yyyy), để xem lại như ở một ngày đã qua.",
    "help.lang": "Ngôn ngữ: vi (tiếng Việt) hoặc en (tiếng Anh).",
    "help.version": "In phiên bản rồi thoát.",
    "help.fmt": "Định dạng đầu ra: table (bảng), json, csv, md (Markdown).",
    "help.labels": (
        "Với csv: vi (tiêu đề tiếng Việt, tên đầy đủ, trạng thái bằng chữ) hoặc codes "
        "(mã ổn định cho máy đọc)."
    ),
    "help.agency": (
        "Đơn vị: mã, tên gọi tắt hoặc một phần tên, có dấu hay không dấu (ví dụ: stc, 'tai "
        "chinh', @districts, 'tất cả')."
    ),
    "help.when": "Ngày xảy ra (dd/mm/yyyy hoặc yyyy-mm-dd); mặc định là hôm nay (--today).",
    "help.note": "Ghi chú (tùy ý).",
    "help.ref": "Văn bản làm căn cứ, ví dụ 'Kế hoạch số 12/KH-STC' (tùy ý).",
    "help.by": "Người ghi (tùy ý).",
    "help.commit": (
        "Commit ngay tệp kế hoạch vào git (chỉ tệp này, dùng tên người dùng git và các hook "
        "của kho). Không ghi gì nếu thư mục không phải kho git hoặc đang có thay đổi khác đã "
        "stage."
    ),
    "help.stale_days": (
        "Liệt kê nhiệm vụ thường xuyên mà đơn vị chủ trì không ghi nhận gì trong ngần này ngày "
        "(tính từ ngày bắt đầu kế hoạch hoặc lần ghi gần nhất); 0 để tắt."
    ),
    "app": (
        "Theo dõi thực hiện chương trình công tác của UBND tỉnh: nhiệm vụ của từng sở, ban, "
        "ngành và địa phương, thời hạn, báo cáo định kỳ."
    ),
    "app.help": (
        "Các tùy chọn --file, --today, --lang dùng được trước hay sau tên lệnh.\n\n"
        "\b\nVí dụ:\n"
        "  kehoach deadlines                   # các hạn sắp tới và đã quá\n"
        "  kehoach list --agency 'tài chính'   # nhiệm vụ Sở Tài chính chủ trì\n"
        "  kehoach overdue --today 25/01/2021  # xem lại như ngày 25/01/2021"
    ),
    "cmd.list": "Liệt kê nhiệm vụ: mã, nội dung, đơn vị chủ trì, hạn, trạng thái.",
    "cmd.list.help": (
        "Không có --agency: mỗi nhiệm vụ một dòng; nhiệm vụ có nhiều đơn vị chủ trì ghi số đơn "
        "vị đã hoàn thành (ví dụ 12/38 hoàn thành). Với --agency: mỗi nhiệm vụ đơn vị đó chủ "
        "trì (trực tiếp hoặc qua nhóm như @all) một dòng, kèm trạng thái và tiến độ của chính "
        "đơn vị đó; với một nhóm (@districts) thì mỗi (nhiệm vụ, đơn vị) một dòng. Các bộ lọc "
        "kết hợp với nhau (và).\n\n"
        "\b\nVí dụ:\n"
        "  kehoach list --agency 'tài chính'\n"
        "  kehoach list --agency @districts --status 'quá hạn'\n"
        "  kehoach list --section 4 --search 'nông thôn mới' --format json"
    ),
    "help.cmd.list.role": (
        "Với --agency: 'chủ trì' (lead, mặc định), 'phối hợp' (support) hoặc 'tất cả' (all)."
    ),
    "help.cmd.list.status": (
        "Chỉ giữ nhiệm vụ có trạng thái này: mã hoặc chữ tiếng Việt (done, 'hoàn thành', "
        "'xong', 'đang làm', 'vướng mắc'…) hoặc thời hạn (overdue/'quá hạn', on_track/'trong "
        "hạn', done_late, done_on_time, ongoing). Ghi nhiều lần hoặc cách nhau bằng dấu phẩy "
        "để lấy bất kỳ trạng thái nào trong đó."
    ),
    "help.cmd.list.section": "Mục và các mục con: 1 gồm 1.2, 1.2.3, 1.3 nhưng không 10.",
    "help.cmd.list.due_before": "Hạn (ghi trong kế hoạch) đến hết ngày này, dd/mm/yyyy.",
    "help.cmd.list.due_after": "Hạn (ghi trong kế hoạch) từ ngày này, dd/mm/yyyy.",
    "help.cmd.list.overdue": "Chỉ nhiệm vụ đang quá hạn (chưa hoàn thành).",
    "help.cmd.list.search": (
        "Tìm trong nội dung nhiệm vụ và văn bản được viện dẫn, không phân biệt dấu."
    ),
    "cmd.show": (
        "Mọi thông tin về một nhiệm vụ: mục, nội dung đầy đủ, đơn vị chủ trì và phối hợp, hạn "
        "(và hạn thực tế khi hạn rơi vào ngày nghỉ), văn bản viện dẫn, ghi chú, trạng thái và "
        "tiến độ của từng đơn vị chủ trì, lịch sử cập nhật."
    ),
    "cmd.show.help": (
        "Mã không phân biệt chữ hoa, chữ thường, và có thể dán nguyên từ văn bản ('1.3.', "
        "'nhiệm vụ 1.3', 'mục 1.3'). Với --format csv: mỗi đơn vị chủ trì một dòng.\n\n"
        "\b\nVí dụ:\n  kehoach show II.1.2"
    ),
    "help.task_id": "Mã nhiệm vụ, ví dụ 1.3 hoặc II.1.2.",
    "cmd.deadlines": "Các hạn theo thứ tự ngày: hạn nhiệm vụ và hạn báo cáo định kỳ (tháng, năm).",
    "cmd.deadlines.help": (
        "Mặc định: mọi hạn đã qua mà còn đơn vị chưa xong, và các hạn trong 30 ngày tới. Mỗi "
        "dòng: ngày và thứ (và hạn thực tế khi hạn rơi vào ngày nghỉ, theo Điều 148 Bộ luật Dân "
        "sự 2015), số ngày còn lại hoặc đã quá hạn, nội dung, đơn vị phải thực hiện, số đơn vị "
        "chưa xong trên tổng số.\n\n"
        "\b\nVí dụ:\n"
        "  kehoach deadlines --within 7\n"
        "  kehoach deadlines --agency 'Đức Thọ' --from 01/01/2021 --to 31/03/2021"
    ),
    "help.cmd.deadlines.within": "Số ngày tính từ hôm nay (hoặc từ --from); mặc định 30.",
    "help.cmd.deadlines.start": (
        "Từ ngày (dd/mm/yyyy). Khi có --from, lấy mọi hạn trong khoảng, kể cả hạn đã xong."
    ),
    "help.cmd.deadlines.end": "Đến hết ngày (dd/mm/yyyy).",
    "cmd.record": "Ghi trạng thái thực hiện một nhiệm vụ của một đơn vị chủ trì.",
    "cmd.record.help": (
        "Thêm một dòng vào cuối tệp kế hoạch (phần [events.<đơn vị>]); lần ghi mới nhất là "
        "trạng thái hiện tại, các lần trước là lịch sử. In ra tên đầy đủ của đơn vị, trạng thái "
        "đã ghi và tiến độ so với hạn. Nhiều đơn vị (lặp lại --agency, hoặc một nhóm như "
        "@districts) được ghi trong một lần ghi tệp, mỗi đơn vị một dòng: ghi tất cả hoặc không "
        "ghi gì; nếu có đơn vị sai, lỗi liệt kê mọi đơn vị sai.\n\n"
        "\b\nVí dụ:\n"
        "  kehoach record II.1.2 'hoàn thành' --agency stc --date 28/01/2021\n"
        "  kehoach record 1.3 'đang làm' --note 'Đã trình UBND tỉnh' --commit\n"
        "  kehoach record 8.3.1 'hoàn thành' --agency @districts"
    ),
    "help.cmd.record.status": (
        "Trạng thái: 'chưa thực hiện' ('chưa làm'), 'đang thực hiện' ('đang làm'), 'hoàn "
        "thành' ('xong', 'đã xong'), 'vướng mắc' ('tạm dừng'), 'dừng thực hiện', hoặc mã "
        "not_started, in_progress, done, blocked, cancelled (có dấu hay không dấu đều được)."
    ),
    "help.cmd.record.agency": (
        "Đơn vị chủ trì được ghi (mã, tên gọi tắt hoặc một phần tên); lặp lại hoặc ghi một nhóm "
        "(@districts) để ghi cho nhiều đơn vị cùng lúc. Bắt buộc khi nhiệm vụ có nhiều đơn vị "
        "chủ trì; nếu chỉ có một thì mặc định là đơn vị đó."
    ),
    "cmd.submit": "Ghi việc một đơn vị đã gửi báo cáo định kỳ cho một kỳ.",
    "cmd.submit.help": (
        "In ra tên đầy đủ của đơn vị, kỳ đã ghi và báo cáo đúng hạn hay trễ bao nhiêu ngày (hạn "
        "rơi vào ngày nghỉ được lùi sang ngày làm việc tiếp theo), mỗi đơn vị một dòng. Một kỳ "
        "đã ghi thì không ghi lại, trừ khi có --correct; một kỳ chưa bắt đầu thì không ghi, trừ "
        "khi có --early. Nhiều đơn vị (hoặc một nhóm như @districts) được ghi trong một lần ghi "
        "tệp (một commit với --commit): ghi tất cả hoặc không ghi gì; nếu có đơn vị sai, lỗi "
        "liệt kê mọi đơn vị sai.\n\n"
        "\b\nVí dụ:\n"
        "  kehoach submit stc --period T2/2021 --date 18/02/2021 --ref 'Báo cáo số 40/BC-STC'\n"
        "  kehoach submit 'huong khe' --report bc-nam --period 'năm 2021'\n"
        "  kehoach submit stc sxd skhdt --period 03/2021\n"
        "  kehoach submit @districts --period 03/2021 --commit"
    ),
    "help.cmd.submit.agency": (
        "Đơn vị đã nộp báo cáo: mã, tên gọi tắt hoặc một phần tên (ví dụ stc, 'tai chinh'); "
        "nhiều đơn vị cách nhau bằng dấu cách, hoặc một nhóm (@districts)."
    ),
    "help.cmd.submit.report_id": (
        "Mã báo cáo (ví dụ bc-thang, bc-nam); mặc định là báo cáo hàng tháng duy nhất."
    ),
    "help.cmd.submit.period": (
        "Kỳ báo cáo: T3/2021, 'tháng 3/2021', 03/2021 hoặc 2021-03 (tháng); 'quý I/2021' hoặc "
        "Q1/2021 (quý); 'năm 2021' hoặc 2021 (năm). Mặc định: kỳ sớm nhất đơn vị còn nợ đã quá "
        "hạn, nếu không có thì kỳ đang diễn ra; không bao giờ tự chọn một kỳ chưa bắt đầu."
    ),
    "help.cmd.submit.correct": (
        "Ghi lại một kỳ đã ghi (lần ghi sau được tính), ví dụ khi ngày nộp ghi sai."
    ),
    "help.cmd.submit.early": (
        "Cho ghi một kỳ chưa bắt đầu (đơn vị thật sự nộp sớm); cần --period."
    ),
    "cmd.reports": "Bảng nộp báo cáo định kỳ: mỗi đơn vị một dòng, mỗi kỳ một cột.",
    "cmd.reports.help": (
        "Ký hiệu: ✓ nộp đúng hạn; +N nộp trễ N ngày; ✗ chưa nộp dù đã quá hạn; · chưa đến hạn. "
        "Cột cuối: số kỳ nộp đúng hạn / số kỳ đã đến hạn. Hạn là hạn thực tế: hạn rơi vào ngày "
        "nghỉ được lùi sang ngày làm việc kế tiếp. Với --format json|csv|md: mỗi (đơn vị, kỳ) "
        "một dòng.\n\n"
        "\b\nVí dụ:\n"
        "  kehoach reports --report bc-thang --agency @districts --today 23/02/2021\n"
        "  kehoach reports --from 'quý I/2021' --to T6/2021"
    ),
    "help.cmd.reports.report": "Chỉ một báo cáo (mã, ví dụ: bc-thang, bc-nam).",
    "help.cmd.reports.since": "Từ kỳ (T3/2021, 'tháng 3/2021', 'quý I/2021', 'năm 2021').",
    "help.cmd.reports.until": "Đến kỳ (mặc định: các kỳ đã bắt đầu tính đến hôm nay).",
    "cmd.overdue": "Mọi việc đã quá hạn tính đến hôm nay, quá hạn lâu nhất lên đầu.",
    "cmd.overdue.help": (
        'Gồm nhiệm vụ đã qua hạn thực tế mà đơn vị chủ trì chưa ghi "hoàn thành" hoặc "dừng '
        'thực hiện", và báo cáo định kỳ chưa nộp khi đã quá hạn. Ở dạng bảng có thêm mục '
        '"chưa cập nhật": nhiệm vụ thường xuyên mà đơn vị chủ trì không ghi nhận gì trong '
        "--stale-days ngày (không tính là quá hạn). Mã thoát: 1 khi có việc quá hạn, 0 khi "
        "không có.\n\n"
        "\b\nVí dụ:\n  kehoach overdue --agency @districts --today 02/02/2021"
    ),
    "cmd.check": "Kiểm tra cho cron: việc quá hạn và việc sắp đến hạn, nhóm theo đơn vị.",
    "cmd.check.help": (
        "Kiểm tra tệp kế hoạch trước (lỗi: mã thoát 2 kèm danh sách lỗi). Không có việc quá hạn "
        "hay sắp đến hạn thì không in gì, để cron không gửi thư. Không màu, không phụ thuộc "
        'terminal, ngôn ngữ hệ thống, múi giờ máy chủ hay thư mục hiện tại: "hôm nay" là ngày '
        'ở Việt Nam (Asia/Ho_Chi_Minh) trừ khi có --today hoặc KEHOACH_TZ. Mục "chưa cập '
        'nhật" (nhiệm vụ thường xuyên lâu không ghi nhận) không ảnh hưởng mã thoát.\n\n'
        "Mã thoát: 0 không có gì quá hạn; 1 có việc quá hạn; 2 lỗi cách gọi hoặc lỗi tệp kế "
        "hoạch, hoặc tệp là kế hoạch mẫu (cron chưa được chỉ tệp kế hoạch).\n\n"
        "Trong crontab, ghi đường dẫn đầy đủ của lệnh kehoach đã cài (cron không đọc PATH của "
        "người dùng) và chỉ rõ tệp kế hoạch bằng KEHOACH_FILE.\n\n"
        "\b\nVí dụ (crontab):\n"
        "  30 7 * * 1-5  KEHOACH_FILE=/srv/kh/data/tasks.toml "
        "/home/vt/.local/kehoach/bin/kehoach check"
    ),
    "help.cmd.check.within": "Báo trước các hạn trong ngần này ngày tới.",
    "help.cmd.check.quiet": "Không in gì, chỉ trả mã thoát.",
    "help.cmd.check.fmt": "Định dạng: text (thư cron) hoặc json.",
    "cmd.summary": "Bảng tổng hợp theo đơn vị: kết quả thực hiện nhiệm vụ và nộp báo cáo.",
    "cmd.summary.help": (
        "Mỗi đơn vị một dòng, đơn vị yếu nhất lên đầu, dòng cuối là tổng cộng: nhiệm vụ chủ trì "
        "(hoàn thành đúng hạn, hoàn thành quá hạn, trong hạn, quá hạn, vướng mắc, thường "
        "xuyên), báo cáo (đúng hạn, trễ, chưa nộp), số việc quá hạn trên 30 ngày, tỷ lệ hoàn "
        "thành = đã hoàn thành ÷ (đã hoàn thành + quá hạn chưa hoàn thành), tỷ lệ đúng hạn = số "
        'việc xong đúng hạn ÷ số việc đã đến hạn. "Việc" gồm nhiệm vụ có hạn và các kỳ báo '
        "cáo.\n\n"
        "\b\nVí dụ:\n  kehoach summary --agency @districts --format md --today 30/06/2021"
    ),
    "cmd.export": (
        "Xuất dữ liệu: lịch .ics cho Outlook, Thunderbird, Google Calendar; bảng CSV, JSON, "
        "Markdown; sổ Excel .xlsx."
    ),
    "cmd.export.help": (
        "ics: mỗi hạn (hạn nhiệm vụ, hạn nộp báo cáo) là một sự kiện cả ngày vào ngày hạn thực "
        "tế, có nhắc trước. Nhập lại tệp mới thì lịch được cập nhật, không bị trùng. csv (UTF-8 "
        "có BOM, mở thẳng bằng Excel), json, md (bảng Markdown tiêu đề tiếng Việt) với --what "
        "tasks|reports|summary.\n\n"
        "\b\nVí dụ:\n"
        "  kehoach export ics --agency stc -o han-stc.ics\n"
        "  kehoach export csv --what summary -o tong-hop.csv --today 30/06/2021"
    ),
    "help.cmd.export.kind": (
        "ics (lịch), csv (Excel), json, md (Markdown, dán vào Word), xlsx (sổ Excel nhiều "
        "trang tính)."
    ),
    "help.cmd.export.what": (
        "Với csv/json/md: tasks (nhiệm vụ theo đơn vị chủ trì), reports (bảng nộp báo cáo), "
        "summary (bảng tổng hợp)."
    ),
    "help.cmd.export.output": "Ghi vào tệp này (ghi an toàn; không ghi đè tệp kế hoạch).",
    "help.cmd.export.remind": "Với ics: nhắc trước ngần này ngày, lúc 9 giờ sáng.",
    "help.cmd.export.every": (
        "Với ics: cả các hạn đã qua (mặc định: từ hôm nay đến hết kế hoạch)."
    ),
    # office documents: report, remind
    "cmd.report": (
        "Báo cáo định kỳ của Văn phòng gửi UBND tỉnh: tệp Word theo Nghị định 30/2020 hoặc "
        "trang web cho lãnh đạo."
    ),
    "cmd.report.help": (
        "Báo cáo của Văn phòng gửi UBND tỉnh theo thể thức Nghị định 30/2020/NĐ-CP: kết quả "
        "thực hiện nhiệm vụ, việc gửi báo cáo định kỳ trong kỳ, nhiệm vụ quá hạn theo đơn vị, "
        "nhiệm vụ lâu chưa cập nhật, đề xuất (để trống cho người viết). Số liệu tính đến "
        "--today (mặc định: ngày cuối kỳ, hoặc hôm nay nếu sớm hơn) và trùng với summary, "
        "reports, overdue của cùng ngày.\n\n"
        "\b\nVí dụ:\n"
        "  kehoach report --period 2021-03 --today 05/04/2021 -o bao-cao-thang-3.docx\n"
        "  kehoach report --period 2021-Q1 --format html -o bao-cao-quy-1.html"
    ),
    "help.cmd.report.period": (
        "Kỳ báo cáo: tháng (2021-03), quý (2021-Q1), 6 tháng (2021-H1) hoặc năm (2021)."
    ),
    "help.cmd.report.output": "Tệp .docx hoặc .html.",
    "help.cmd.report.fmt": "docx (Word, mặc định) hoặc html (trang web).",
    "help.force": "Ghi đè tệp đã có.",
    "help.template": "Lập văn bản từ tệp Word mẫu này (giữ kiểu chữ và khổ giấy của mẫu).",
    "metavar.template": "MẪU.docx",
    "cmd.remind": (
        "Soạn công văn đôn đốc (Word) cho từng đơn vị còn báo cáo chưa gửi, nhiệm vụ quá hạn."
    ),
    "cmd.remind.help": (
        "Mỗi đơn vị còn nợ việc (báo cáo chưa gửi, nhiệm vụ quá hạn) một công văn .docx, đặt "
        "tên theo mã đơn vị và ngày (stc-2021-03-25.docx); đơn vị không nợ gì thì không soạn. "
        "In một dòng tóm tắt cho mỗi tệp.\n\n"
        "\b\nVí dụ:\n  kehoach --today 25/03/2021 remind @districts -o cong-van/"
    ),
    "help.cmd.remind.agency": "Đơn vị hoặc nhóm: mã, tên gọi tắt, @districts, @all.",
    "help.cmd.remind.output": "Thư mục ghi các công văn.",
    "metavar.cmd.remind.output": "THƯ_MỤC",
    "help.cmd.remind.reply_by": "Hạn trả lời (mặc định: 5 ngày làm việc sau hôm nay).",
    "metavar.reply_by": "NGÀY",
    # withdraw and extend
    "cmd.withdraw": (
        "Rút lại lần ghi trạng thái mới nhất của một nhiệm vụ, hoặc một lần nộp báo cáo."
    ),
    "cmd.withdraw.help": (
        "Lần ghi bị rút lại không bị xóa: một dòng mới được thêm vào cuối nhật ký, nêu rõ lần "
        "ghi bị rút lại; từ đó mọi lệnh tính như lần ghi ấy chưa từng có, còn `history` và "
        '`show` vẫn hiện nó, ghi "đã rút lại". Với nhiệm vụ: rút lại lần ghi trạng thái mới '
        "nhất của đơn vị; rút lại lần nữa thì đến lần ghi trước đó.\n\n"
        "\b\nVí dụ:\n"
        "  kehoach withdraw 1.3 --note 'Ghi nhầm nhiệm vụ'\n"
        "  kehoach withdraw --report bc-thang --period 02/2021 --agency stc"
    ),
    "help.cmd.withdraw.task_id": (
        "Mã nhiệm vụ có lần ghi trạng thái cần rút lại; bỏ trống khi rút lại một lần nộp báo "
        "cáo (--report)."
    ),
    "help.cmd.withdraw.agency": (
        "Đơn vị (mã, tên gọi tắt hoặc một phần tên). Bắt buộc khi rút lại lần nộp báo cáo "
        "hoặc khi nhiệm vụ có nhiều đơn vị chủ trì."
    ),
    "help.cmd.withdraw.report_id": "Mã báo cáo có lần nộp cần rút lại (ví dụ bc-thang).",
    "help.cmd.withdraw.period": "Kỳ báo cáo của lần nộp cần rút lại.",
    "cmd.extend": (
        "Ghi việc gia hạn một nhiệm vụ (cho mọi đơn vị chủ trì hoặc một số đơn vị) theo văn bản."
    ),
    "cmd.extend.help": (
        "Mỗi đơn vị được gia hạn có một dòng trong nhật ký của mình; từ ngày ghi, tiến độ, "
        "quá hạn, các hạn, bảng tổng hợp và dữ liệu xuất tính theo hạn mới (hạn mới rơi vào "
        "ngày nghỉ cũng được lùi sang ngày làm việc tiếp theo); hạn ghi trong kế hoạch vẫn "
        "được hiện. Gia hạn lần nữa thì lần ghi sau được tính.\n\n"
        "\b\nVí dụ:\n"
        "  kehoach extend 4.2.1 --to 30/04/2021 --ref 'Công văn số 123/UBND-TH'\n"
        "  kehoach extend II.1.2 --to 15/02/2021 -a 'huong khe' --ref 'Công văn số 45/UBND-TH'"
    ),
    "help.cmd.extend.task_id": "Mã nhiệm vụ được gia hạn, ví dụ 4.2.1.",
    "help.cmd.extend.to": "Hạn mới (dd/mm/yyyy), phải sau hạn ghi trong kế hoạch.",
    "metavar.to": "NGÀY",
    "help.cmd.extend.ref": "Văn bản cho gia hạn, ví dụ 'Công văn số 123/UBND-TH' (bắt buộc).",
    "help.cmd.extend.agency": (
        "Đơn vị chủ trì được gia hạn; lặp lại để ghi nhiều. Bỏ trống: mọi đơn vị chủ trì."
    ),
    "cmd.history": "Các lần ghi tiến độ và nộp báo cáo, mới nhất trước.",
    "cmd.history.help": (
        "Lọc theo nhiệm vụ (MÃ) và/hoặc đơn vị (--agency, nhận cả nhóm như @districts). "
        "Như mọi lệnh khác, chỉ tính đến hôm nay: lần ghi đề ngày sau đó chỉ hiện với --all.\n\n"
        "\b\nVí dụ:\n"
        "  kehoach history II.1.2 --agency 'huong khe'\n"
        "  kehoach history --agency stc --format json"
    ),
    "help.cmd.history.task_id": "Mã nhiệm vụ; bỏ trống để xem mọi cập nhật.",
    "help.cmd.history.everything": "Cả các lần ghi đề ngày sau hôm nay (--today).",
    "cmd.add": "Thêm một nhiệm vụ phát sinh trong năm vào tệp kế hoạch.",
    "cmd.add.help": (
        "Nhiệm vụ được thêm thành một mục [[tasks]] sau nhiệm vụ cuối cùng; tệp được kiểm tra "
        "như lệnh validate trước khi ghi.\n\n"
        "\b\nVí dụ:\n"
        "  kehoach add 10.2.3 --section 10.2 --text 'Tuyên truyền …' --lead stttt\n"
        "  kehoach add 5.1.9 --section 5.1 --text '…' --lead snv --support @districts"
    ),
    "help.cmd.add.task_id": "Mã nhiệm vụ mới, chưa dùng (chữ, số, '.', '-'), ví dụ 10.2.3.",
    "help.cmd.add.section": "Mục chứa nhiệm vụ (một mã trong [sections]), ví dụ 10.2.",
    "help.cmd.add.text": "Nội dung nhiệm vụ (nguyên văn).",
    "help.cmd.add.lead": (
        "Đơn vị hoặc nhóm chủ trì (mã, tên gọi tắt, @districts…); lặp lại để ghi nhiều."
    ),
    "help.cmd.add.support": "Đơn vị hoặc nhóm phối hợp; lặp lại để ghi nhiều.",
    "help.cmd.add.due": "Hạn hoàn thành (dd/mm/yyyy); bỏ trống nếu là nhiệm vụ thường xuyên.",
    "cmd.agencies": (
        "Liệt kê các cơ quan, đơn vị: mã, tên gọi tắt, tên đầy đủ, loại, số nhiệm vụ chủ trì "
        "và phối hợp (kể cả qua nhóm như @all)."
    ),
    "cmd.agencies.help": (
        "Mã, tên gọi tắt hay một phần tên đều dùng được ở tùy chọn --agency của các lệnh khác; "
        "các nhóm (@departments, @districts, @all) được liệt kê ở cuối bảng.\n\n"
        "\b\nVí dụ:\n  kehoach agencies --format csv > don-vi.csv"
    ),
    "cmd.validate": "Kiểm tra tệp kế hoạch và báo mọi lỗi cùng lúc (tệp, dòng, cách sửa).",
    "cmd.validate.help": (
        "Thoát với mã 0 khi tệp hợp lệ, 2 khi có lỗi.\n\n"
        "\b\nVí dụ:\n  kehoach validate --file data/tasks.toml"
    ),
    "cmd.init": "Tạo data/tasks.toml từ kế hoạch mẫu 2021 để bắt đầu ghi tiến độ.",
    "cmd.init.help": (
        "Không ghi đè tệp đã có.\n\n"
        "\b\nVí dụ:\n  kehoach init ke-hoach-2021 && cd ke-hoach-2021 && git init\n"
        "  kehoach init --blank ke-hoach-2026\n"
        "  kehoach init --from chuong-trinh-2026.docx ke-hoach-2026"
    ),
    "help.cmd.init.directory": ("Thư mục sẽ chứa data/tasks.toml (mặc định: thư mục hiện tại)."),
    "help.cmd.init.blank": "Tạo khung kế hoạch trống có ví dụ để điền.",
    "help.cmd.init.source": "Tạo từ văn bản .txt, .docx hoặc bảng .xlsx (như lệnh import).",
    "cmd.import": (
        "Lập tệp kế hoạch mới từ văn bản (.txt, .docx) hoặc bảng Excel (.xlsx) giao nhiệm vụ."
    ),
    "cmd.import.help": (
        'Mỗi quyết định chưa chắc chắn có chú thích "# kiểm tra: …" trên dòng của nó; '
        "tóm tắt (số nhiệm vụ, có chủ trì, có hạn, báo cáo, đơn vị mới, chỗ cần kiểm tra) "
        "in ra stderr.\n\n"
        "\b\nVí dụ:\n  kehoach import chuong-trinh-2026.docx -o data/tasks.toml"
    ),
    "help.cmd.import.source": "Văn bản .txt, .docx hoặc bảng .xlsx.",
    "help.cmd.import.output": "Ghi vào tệp này (không ghi đè); mặc định in ra màn hình.",
    "help.cmd.import.into": "Lấy danh sách đơn vị, nhóm từ tệp kế hoạch này.",
    "help.cmd.import.year": "Năm của kế hoạch (mặc định: đoán từ văn bản).",
    "cmd.git-setup": (
        "Cho git dùng trình gộp của kehoach với tệp kế hoạch (chạy một lần ở mỗi bản sao)."
    ),
    "cmd.git-setup.help": (
        "Thêm dòng 'data/tasks.toml merge=kehoach' vào .gitattributes, đặt merge.kehoach.name "
        "và merge.kehoach.driver trong cấu hình git của kho này (git không cho lưu trình gộp "
        "trong kho, nên mỗi bản sao phải chạy lệnh này), và cho git bỏ qua tệp khóa, tệp tạm "
        "của kehoach. Chạy lại không thay đổi gì.\n\n"
        "\b\nVí dụ:\n  cd ke-hoach-2021 && kehoach git-setup"
    ),
    "cmd.sync": "Đồng bộ tệp kế hoạch với máy chủ git: lấy về, gộp, kiểm tra, đẩy lên.",
    "cmd.sync.help": (
        "Không tự commit: tệp kế hoạch phải không có thay đổi chưa commit (ghi bằng 'kehoach "
        "record --commit' hoặc tự 'git commit'). Chạy 'git pull --no-rebase', kiểm tra tệp sau "
        "khi gộp, in các cập nhật mới từ người khác, rồi 'git push'. Bước nào lỗi thì dừng ở "
        "đó, nói rõ bước nào, thoát với mã 2; không mất gì.\n\n"
        "\b\nVí dụ:\n"
        "  kehoach sync\n"
        "  kehoach sync --no-push   # chỉ lấy về và gộp, chưa đẩy lên"
    ),
    "help.cmd.sync.no_push": "Chỉ lấy về và gộp, không đẩy lên máy chủ.",
    "cmd.merge-driver": (
        "Trình gộp (merge driver) tệp kế hoạch cho git; git tự gọi, không cần chạy tay."
    ),
    "cmd.merge-driver.help": (
        "Giữ mọi cập nhật và mọi nhiệm vụ của cả hai bên (cập nhật giống hệt nhau chỉ giữ một "
        "lần); phần còn lại của kế hoạch gộp theo từng mục (nhiệm vụ, đơn vị, nhóm, báo cáo). "
        "Chỗ nào không gộp được (hai bên sửa khác nhau một mục, đổi mã mục mà bên kia còn dùng, "
        "xóa đơn vị bên kia còn ghi cập nhật, sửa tay nhật ký) thì giữ cả hai bản giữa các dòng "
        "đánh dấu xung đột, chỉ quanh đúng chỗ đó, và thoát với mã 2: tệp chưa hợp lệ cho đến "
        "khi có người sửa ('kehoach validate' chỉ từng chỗ). Thiết lập bằng "
        "'kehoach git-setup'.\n\n"
        "\b\nVí dụ:\n  kehoach merge-driver base.toml ours.toml theirs.toml data/tasks.toml"
    ),
    "help.cmd.merge-driver.base": "Bản chung gốc (git truyền vào bằng %O).",
    "help.cmd.merge-driver.ours": "Bản của nhánh này (%A); kết quả gộp được ghi vào đây.",
    "help.cmd.merge-driver.theirs": "Bản của nhánh kia (%B).",
    "help.cmd.merge-driver.path": "Đường dẫn của tệp trong kho (%P), để báo lỗi.",
    # --- end of command-line help ---
    # agency kinds
    "kind.office": "văn phòng",
    "kind.department": "sở, ngành",
    "kind.board": "ban",
    "kind.central_branch": "cơ quan ngành dọc",
    "kind.security": "quốc phòng, an ninh",
    "kind.district": "cấp huyện",
    "kind.unit": "đơn vị trực thuộc",
    "kind.front": "Mặt trận, đoàn thể",
    "kind.council": "Hội đồng nhân dân",
    # event kinds
    "event.status": "cập nhật",
    "event.report": "báo cáo",
    # withdraw and extend
    "event.withdrawal": "rút lại",
    "event.extension": "gia hạn",
    "event.withdrawn": "(đã rút lại)",
    "event.withdraws": "rút lại: {what}, ghi ngày {date}",
    "event.extended_to": "gia hạn đến {date}",
    "col.extended_to": "Gia hạn đến",
    "col.extension_ref": "Văn bản gia hạn",
    "col.withdraws": "Rút lại lần ghi ngày",
    "col.withdrawn": "Đã rút lại",
    "word.extended": "(gia hạn)",
    "word.extended_from": "(gia hạn, hạn cũ {date})",
    "sum.col.extended": "Được gia hạn",
    "amend.withdrawn_status": (
        "Đã rút lại: {agency} — {task} → {status} ghi ngày {entry} (rút lại ngày {date})."
    ),
    "amend.now_status": "Trạng thái hiện tại: {status} (ghi ngày {since}).",
    "amend.now_none": "Trạng thái hiện tại: chưa thực hiện (không còn lần ghi nào).",
    "amend.withdrawn_report": (
        "Đã rút lại: {agency} nộp báo cáo {report} {period} ghi ngày {entry} (rút lại ngày {date})."
    ),
    "amend.commit.status": "kehoach: rút lại {agency} {task} → {status} ({entry})",
    "amend.commit.report": "kehoach: rút lại {agency} nộp {report} {period} ({entry})",
    "amend.extended": "Đã ghi gia hạn: nhiệm vụ {task}, {agencies}: hạn {due} → {to} ({ref}).",
    "amend.extended_moved": "Hạn mới rơi vào ngày nghỉ nên hạn thực tế là {date}.",
    "amend.all_leads": "cả {n} đơn vị chủ trì",
    "amend.commit.extend": "kehoach: gia hạn {task} đến {to} ({agencies}; {ref})",
    # column headers
    "col.id": "Mã",
    "col.key": "Mã",
    "col.short": "Tên gọi tắt",
    "col.name": "Tên đầy đủ",
    "col.kind": "Loại",
    "col.groups": "Nhóm",
    "col.leads": "Chủ trì",
    "col.supports": "Phối hợp",
    "col.section": "Mục",
    "col.text": "Nội dung",
    "col.lead": "Chủ trì",
    "col.support": "Phối hợp",
    "col.due": "Hạn",
    "col.effective_due": "Hạn thực tế",
    "col.status": "Trạng thái",
    "col.timeliness": "Tiến độ",
    "col.agency": "Đơn vị",
    "col.date": "Ngày",
    "col.weekday": "Thứ",
    "col.days_left": "Còn lại",
    "col.what": "Nội dung",
    "col.who": "Đơn vị thực hiện",
    "col.pending": "Chưa thực hiện",
    "col.period": "Kỳ",
    "col.report": "Báo cáo",
    "col.submitted": "Ngày nộp",
    "col.state": "Tình trạng",
    "col.days_overdue": "Số ngày quá hạn",
    "col.note": "Ghi chú",
    "col.ref": "Văn bản",
    "col.by": "Người ghi",
    "col.event": "Loại",
    "col.references": "Căn cứ",
    # words used in sentences
    "word.ongoing": "thường xuyên",
    "word.none": "—",
    "word.days_left": "còn {n} ngày",
    "word.today": "hôm nay",
    "word.days_overdue": "quá hạn {n} ngày",
    "word.days_late": "trễ {n} ngày",
    "word.done_count": "{done}/{total} hoàn thành",
    "word.moved": "(lùi từ {date})",
    "word.untitled": "(không có tiêu đề trong bản trích xuất)",
    "word.request": "đề nghị (không theo dõi)",
    "word.no_rows": "Không có mục nào.",
    # -- monitoring commands: reports, overdue, check --
    "mon.col.days_late": "Số ngày trễ",
    "mon.col.overdue": "Quá hạn",
    "mon.month_short": "T{m}",
    "mon.on_time_count": "Đúng hạn",
    "mon.no_periods": "Không có kỳ báo cáo nào trong khoảng này.",
    "mon.as_of": "Tình hình nộp báo cáo định kỳ tính đến ngày {date}",
    "mon.legend": (
        "✓ nộp đúng hạn   +N nộp trễ N ngày   ✗ chưa nộp, đã quá hạn   · chưa đến hạn\n"
        "Đúng hạn: số kỳ nộp đúng hạn / số kỳ đã đến hạn."
    ),
    "mon.task_ref": "Nhiệm vụ {ref}",
    "mon.report_ref": "Báo cáo {period}",
    "mon.col.item": "Việc",
    "mon.days": "{n} ngày",
    "mon.none_overdue": "Không có việc nào quá hạn tính đến ngày {date}.",
    "mon.stale_heading": (
        "CHƯA CẬP NHẬT: nhiệm vụ thường xuyên mà đơn vị chủ trì không ghi nhận gì "
        "từ {n} ngày trở lên (không tính là quá hạn)"
    ),
    "mon.stale_line": "{agency}: {n} nhiệm vụ, lâu nhất {days} ngày:",
    "mon.check_summary": (
        "Tình hình ngày {day} {date}: {overdue} việc quá hạn, "
        "{soon} việc đến hạn trong {within} ngày tới."
    ),
    "mon.section_overdue": "QUÁ HẠN",
    "mon.section_soon": "ĐẾN HẠN TRONG {n} NGÀY TỚI",
    # check mail: one entry for the agencies that owe the same thing
    "mon.owed_by": "Đơn vị ({n}): {names}",
    "mon.report_named": "{name}, {period}",
    # -- recording commands: record, submit, history, add --
    "adm.valid": (
        "{file}: hợp lệ: {agencies} đơn vị, {groups} nhóm, {tasks} nhiệm vụ, {reports} báo cáo, "
        "{events} lượt cập nhật."
    ),
    "adm.created": "Đã tạo {target} từ kế hoạch mẫu 2021.",
    # import and init --blank / --from
    "adm.created_blank": "Đã tạo khung kế hoạch {target}: điền nội dung rồi chạy kehoach validate.",
    "adm.created_from": "Đã tạo {target} từ {source}: xem lại các dòng “# kiểm tra”.",
    "imp.summary": (
        "{file}: {tasks} nhiệm vụ ({with_lead} có đơn vị chủ trì, {with_due} có thời hạn), "
        "{reports} báo cáo định kỳ, {new_agencies} đơn vị mới, {checks} chỗ cần kiểm tra "
        "(# kiểm tra)."
    ),
    "imp.written": "Đã ghi {target}.",
    "cli.interrupted.nothing": "Đã dừng (Ctrl-C): chưa ghi gì vào tệp kế hoạch.",
    "cli.interrupted.written": (
        "Đã dừng (Ctrl-C): mục đã được ghi vào tệp kế hoạch (xem lại bằng 'kehoach history')."
    ),
    "cli.sample_notice": (
        "Lưu ý: đang dùng kế hoạch mẫu đi kèm, chỉ để xem; dùng --file hoặc kehoach init."
    ),
    "rec.recorded": "Đã ghi: {agency} — {task} → {status} ({date}): {state}",
    "rec.submitted": "Đã ghi: {agency} nộp {report}, {period} ({date}): {state}",
    "rec.added": "Đã thêm nhiệm vụ {id} vào mục {section}; chủ trì: {lead}; hạn: {due}.",
    "rec.committed": "Đã commit vào git ({hash}): {message}",
    "rec.not_latest": (
        "Lưu ý: đã có cập nhật ngày {date} mới hơn, nên trạng thái hiện tại vẫn là: {status}."
    ),
    "rec.commit.status": "kehoach: {agency} {task} → {status} ({date})",
    "rec.commit.report": "kehoach: {agency} nộp {report} {period} ({date})",
    "rec.commit.status_many": "kehoach: {n} đơn vị {task} → {status} ({date})",
    "rec.commit.report_many": "kehoach: {n} đơn vị nộp {report} ({date})",
    "rec.commit.add": "kehoach: thêm nhiệm vụ {id} (mục {section})",
    "rec.no_history": "Chưa có cập nhật nào.",
    "rec.ongoing": "nhiệm vụ thường xuyên, không có hạn",
    # -- working as a team over git: merge-driver, git-setup, sync --
    "merge.item.tasks": "nhiệm vụ {id}",
    "merge.item.reports": "báo cáo {id}",
    "merge.item.agencies": "đơn vị {id}",
    "merge.item.groups": "nhóm {id}",
    "merge.item.events": "nhật ký cập nhật của {id}",
    "merge.item.preamble": "phần đầu tệp",
    "merge.item.epilogue": "phần cuối tệp",
    "team.merged": "{file}: đã gộp tự động ({events} cập nhật, {items} mục sửa từ nhánh kia).",
    "team.setup.attr_added": "Đã thêm vào {file}: {line}",
    "team.setup.attr_present": "{file} đã có: {line}",
    "team.setup.driver_set": "Đã đặt trình gộp kehoach trong cấu hình git của kho: {command}",
    "team.setup.driver_present": "Trình gộp kehoach đã có trong cấu hình git của kho.",
    "team.setup.ignore_added": "Đã thêm vào {file}: {patterns} (tệp khóa và tệp tạm của kehoach)",
    "team.setup.ignore_present": "Tệp khóa và tệp tạm của kehoach đã được git bỏ qua.",
    "team.setup.commit_hint": (
        "Hãy commit để mọi người dùng chung: git add {files} && "
        'git commit -m "Dùng trình gộp kehoach cho tệp kế hoạch"'
    ),
    "team.setup.every_clone": (
        "Lưu ý: git không lưu trình gộp trong kho, nên mỗi bản sao (clone) cần chạy "
        "'kehoach git-setup' một lần."
    ),
    "team.sync.up_to_date": "Máy chủ không có gì mới.",
    "team.sync.merged": "Đã lấy về và gộp các thay đổi từ máy chủ.",
    "team.sync.arrived": "{n} cập nhật mới:",
    "team.sync.none_arrived": "Không có cập nhật tiến độ mới.",
    "team.sync.status_line": "{agency} {task} → {status} ({date})",
    "team.sync.report_line": "{agency} nộp {report}, {period} ({date})",
    # withdraw and extend
    "team.sync.withdrawal_line": "{agency} rút lại: {what} ghi ngày {entry} ({date})",
    "team.sync.extension_line": "{agency} {task} gia hạn đến {to} ({date})",
    "team.sync.changed": "Nội dung kế hoạch thay đổi: {items}.",
    "team.sync.pushed": "Đã đẩy lên máy chủ.",
    "team.sync.nothing_to_push": "Không có gì mới để đẩy lên.",
    "team.sync.not_pushed": "Chưa đẩy lên máy chủ (--no-push).",
    "team.sync.no_driver": (
        "Lưu ý: bản sao này chưa chạy 'kehoach git-setup'; khi hai người cùng ghi cho một "
        "đơn vị, git sẽ báo xung đột thay vì tự gộp."
    ),
    # -- read commands: agencies, list, show, deadlines --
    "read.col.agency_name": "Tên (tên gọi tắt)",
    "read.col.owing": "Chưa xong",
    "read.col.note_ref": "Ghi chú, văn bản",
    "read.col.role": "Vai trò",
    "read.role.lead": "chủ trì",
    "read.role.support": "phối hợp",
    "read.agencies_count": "{n} đơn vị",
    "read.more": "và {n} đơn vị khác",
    "read.all_met": "đã xong",
    "read.on_track_days": "trong hạn, còn {n} ngày",
    "read.on_track_today": "trong hạn, hạn là hôm nay",
    "read.done_late_days": "hoàn thành quá hạn {n} ngày",
    "read.overdue_count": "{n} quá hạn",
    "read.no_lead": "chưa xác định (văn bản trích xuất không nêu)",
    "read.groups": "Nhóm đơn vị (dùng được với --agency):",
    "read.scope": "Đơn vị: {name} ({ref})",
    "read.scope_group": "Nhóm: {name} ({ref}, {n} đơn vị)",
    "read.task": "Nhiệm vụ {id}",
    "read.kind": "Loại",
    "read.kind.task": "nhiệm vụ (có theo dõi tiến độ)",
    # deadlines moved by the rule, and why
    "read.moved_weekend": "hạn rơi vào {weekday} nên lùi sang ngày làm việc tiếp theo",
    "read.moved_holiday": "hạn rơi vào {holiday} nên lùi sang ngày làm việc tiếp theo",
    "read.assignments": "Tình hình thực hiện của các đơn vị chủ trì",
    "read.history": "Lịch sử cập nhật",
    "read.no_history": "Chưa có cập nhật nào.",
    "read.no_assignments": "Chưa xác định đơn vị chủ trì nên chưa theo dõi được.",
    "read.not_tracked": (
        "Đây là đề nghị gửi cơ quan ngoài hệ thống UBND tỉnh: không theo dõi tiến độ."
    ),
    "read.window_backlog": (
        "Hôm nay {today}: các hạn đã qua còn đơn vị chưa xong, và các hạn đến hết {end}."
    ),
    "read.window_range": "Các hạn từ {start} đến {end} (hôm nay {today}).",
    "read.no_deadlines": "Không có hạn nào trong khoảng này.",
    # -- scoreboard and exports: summary, export --
    "sum.total": "Tổng cộng",
    "sum.empty": "Không có đơn vị nào có nhiệm vụ hoặc báo cáo phải theo dõi.",
    "sum.as_of": (
        "Kết quả thực hiện tính đến ngày {date} (xếp theo tỷ lệ hoàn thành từ thấp đến cao)"
    ),
    "sum.legend": (
        "NV: nhiệm vụ chủ trì. Đúng, Trễ: hoàn thành đúng hạn, quá hạn. Trong: trong hạn.\n"
        "Quá: quá hạn chưa hoàn thành. >30: việc quá hạn trên 30 ngày (nhiệm vụ và\n"
        "báo cáo). Vướng: vướng mắc (đã tính ở cột tiến độ). TX: thường xuyên (không có\n"
        "hạn).\n"
        "BC✓, BC+, BC✗: kỳ báo cáo nộp đúng hạn, nộp trễ, chưa nộp khi đã quá hạn.\n"
        "Hoàn thành = đã hoàn thành ÷ (đã hoàn thành + quá hạn chưa hoàn thành).\n"
        "Đúng hạn = số việc xong đúng hạn ÷ số việc đã đến hạn. Việc = nhiệm vụ có hạn\n"
        "và kỳ báo cáo."
    ),
    "sum.short.tasks": "NV",
    "sum.short.done_on_time": "Đúng",
    "sum.short.done_late": "Trễ",
    "sum.short.on_track": "Trong",
    "sum.short.overdue": "Quá",
    "sum.short.overdue_over_30": ">30",
    "sum.short.blocked": "Vướng",
    "sum.short.ongoing": "TX",
    "sum.short.reports_on_time": "BC✓",
    "sum.short.reports_late": "BC+",
    "sum.short.reports_missing": "BC✗",
    "sum.short.completion_rate": "Hoàn thành",
    "sum.short.on_time_rate": "Đúng hạn",
    "sum.col.tasks": "Nhiệm vụ chủ trì",
    "sum.col.done_on_time": "Hoàn thành đúng hạn",
    "sum.col.done_late": "Hoàn thành quá hạn",
    "sum.col.on_track": "Trong hạn",
    "sum.col.overdue": "Quá hạn",
    "sum.col.overdue_over_30": "Quá hạn trên 30 ngày",
    "sum.col.blocked": "Vướng mắc",
    "sum.col.ongoing": "Thường xuyên",
    "sum.col.reports_on_time": "Báo cáo đúng hạn",
    "sum.col.reports_late": "Báo cáo trễ hạn",
    "sum.col.reports_missing": "Báo cáo chưa nộp",
    "sum.col.completion_rate": "Tỷ lệ hoàn thành",
    "sum.col.on_time_rate": "Tỷ lệ đúng hạn",
    # the people's CSV
    "sum.col.cancelled": "Dừng thực hiện",
    "sum.col.reports_pending": "Báo cáo chưa đến hạn",
    "sum.col.completed": "Việc đã hoàn thành",
    "sum.col.overdue_unfinished": "Việc quá hạn chưa hoàn thành",
    "sum.col.due_so_far": "Việc đã đến hạn",
    "sum.col.on_time_so_far": "Việc đúng hạn",
    "off.kind.task": "Nhiệm vụ",
    "off.kind.report": "Báo cáo",
    "exp.col.status_date": "Ngày cập nhật",
    "exp.col.days": "Số ngày",
    "exp.wrote": "Đã ghi {path}.",
    "exp.wrote_events": "Đã ghi {n} sự kiện vào {path}.",
    # office documents: report, remind, export xlsx, the web page
    "off.nation": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "off.motto": "Độc lập - Tự do - Hạnh phúc",
    "off.number": "Số: …/{symbol}",
    "off.dated": "{place}, ngày {day:02} tháng {month:02} năm {year}",
    "off.office_default": "Văn phòng",
    "off.head": "CHÁNH VĂN PHÒNG",
    "off.recipients": "Nơi nhận:",
    "off.keep": "- Lưu: VT, TH.",
    "off.report.kind": "BÁO CÁO",
    "off.report.subject": "Tình hình thực hiện {title}, {span}",
    "off.report.to_committee": "- UBND tỉnh (để báo cáo);",
    "off.report.to_leaders": "- Chủ tịch, các Phó Chủ tịch UBND tỉnh;",
    "off.report.to_office": "- Chánh Văn phòng, các Phó Chánh Văn phòng;",
    "off.report.intro": (
        "Thực hiện nhiệm vụ theo dõi, đôn đốc việc thực hiện {title}, {office} báo cáo "
        "tình hình thực hiện {span} (số liệu tính đến ngày {date}) như sau:"
    ),
    "off.report.h1": "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
    "off.report.h2": "II. VIỆC THỰC HIỆN CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ",
    "off.report.h3": "III. NHIỆM VỤ QUÁ HẠN THEO CƠ QUAN, ĐƠN VỊ",
    "off.report.h4": "IV. NHIỆM VỤ CHƯA CẬP NHẬT TIẾN ĐỘ TỪ {n} NGÀY TRỞ LÊN",
    "off.report.h5": "V. ĐỀ XUẤT, KIẾN NGHỊ",
    "off.report.tasks": (
        "Tổng số lượt nhiệm vụ giao các cơ quan, đơn vị chủ trì: {tasks}; trong đó nhiệm "
        "vụ có thời hạn: {dated}, nhiệm vụ thường xuyên: {ongoing}, dừng thực hiện: "
        "{cancelled}."
    ),
    "off.report.dated": (
        "Nhiệm vụ có thời hạn: hoàn thành đúng hạn {done_on_time}; hoàn thành quá hạn "
        "{done_late}; đang thực hiện trong hạn {on_track}; quá hạn chưa hoàn thành "
        "{overdue} (trong đó quá hạn trên 30 ngày: {over_30}). Số nhiệm vụ đang vướng "
        "mắc: {blocked}."
    ),
    "off.report.due_rates": (
        "Tính trên các việc đã đến hạn (nhiệm vụ và kỳ báo cáo, {due_so_far} việc): tỷ lệ "
        "hoàn thành {completion}, tỷ lệ đúng hạn {on_time} "
        "({on_time_so_far}/{due_so_far})."
    ),
    "off.report.all_rates": (
        "Tính trên tổng số nhiệm vụ có thời hạn ({dated}): tỷ lệ hoàn thành {completion}, "
        "tỷ lệ hoàn thành đúng hạn {on_time}."
    ),
    "off.report.reports_none": "Trong kỳ không có kỳ báo cáo định kỳ nào.",
    "off.report.report_line": (
        "{report}, {period} (hạn {due}): {on_time} đơn vị gửi đúng hạn, {late} đơn vị gửi "
        "trễ hạn, {missing} đơn vị chưa gửi, {pending} đơn vị chưa đến hạn."
    ),
    "off.report.sent_late": "Gửi trễ hạn: {names}.",
    "off.report.not_sent": "Chưa gửi: {names}.",
    "off.report.no_overdue": "Không có nhiệm vụ quá hạn.",
    "off.report.overdue_intro": (
        "Có {n} lượt nhiệm vụ quá hạn chưa hoàn thành, trong đó {over_30} lượt quá hạn "
        "trên 30 ngày (đánh dấu *):"
    ),
    "off.report.no_stale": "Không có nhiệm vụ nào chưa cập nhật quá {n} ngày.",
    "off.report.stale_line": "{agency} ({n} nhiệm vụ): {ids}.",
    "off.report.proposal": (
        "[Nội dung đề xuất, kiến nghị của Văn phòng: bổ sung trước khi trình ký.]"
    ),
    "off.col.no": "TT",
    "off.col.task": "Nhiệm vụ",
    "off.col.deadline": "Hạn",
    "off.col.days_overdue": "Số ngày quá hạn",
    "off.long_mark": "*",
    "off.remind.kind": "CV",
    "off.remind.subject": "V/v đôn đốc thực hiện {title} và chế độ báo cáo",
    "off.remind.to": "Kính gửi: {agency}",
    "off.remind.intro": (
        "Theo dõi việc thực hiện {title}, đến ngày {date}, {agency} còn các việc sau chưa "
        "hoàn thành:"
    ),
    "off.remind.reports": "1. Báo cáo định kỳ chưa gửi:",
    "off.remind.report_line": "- {report}, {period} (hạn {due}, quá hạn {n} ngày);",
    "off.remind.tasks": "{no}. Nhiệm vụ quá hạn chưa hoàn thành:",
    "off.remind.task_line": "- Nhiệm vụ {ref}: {text} (hạn {due}, quá hạn {n} ngày);",
    "off.remind.closing": (
        "{office} đề nghị {agency} khẩn trương thực hiện các nội dung trên, gửi báo cáo "
        "kết quả về {office} trước ngày {reply_by} để tổng hợp, báo cáo UBND tỉnh."
    ),
    "off.remind.as_above": "- Như trên;",
    "off.remind.wrote": "{path}: {agency}: {reports} báo cáo chưa gửi, {tasks} nhiệm vụ quá hạn.",
    "off.remind.none": (
        "Không đơn vị nào còn việc quá hạn tính đến ngày {date}: không soạn công văn nào."
    ),
    "off.sheet.tasks": "Nhiệm vụ",
    "off.sheet.reports": "Báo cáo định kỳ",
    "off.sheet.summary": "Tổng hợp",
    "off.sheet.overdue": "Quá hạn",
    "off.col.section": "Mục",
    "off.col.text": "Nội dung",
    "off.col.lead": "Cơ quan chủ trì",
    "off.col.due": "Hạn",
    "off.col.effective_due": "Hạn thực tế",
    "off.col.status": "Trạng thái",
    "off.col.timeliness": "Tiến độ",
    "off.col.days": "Số ngày",
    "off.col.last_update": "Cập nhật lần cuối",
    "off.col.note": "Ghi chú",
    "off.col.agency": "Cơ quan, đơn vị",
    "off.col.item": "Việc",
    "off.total": "Tổng cộng",
    "off.legend": "Chú giải",
    "off.title.workbook": "Tình hình thực hiện {title} (số liệu đến ngày {date})",
    "off.html.title": "Tình hình thực hiện {title}, {span}",
    "off.html.as_of": "Số liệu tính đến ngày {date}.",
    "off.html.figures": "Kết quả chung",
    "off.html.chart": "Tỷ lệ hoàn thành và đúng hạn theo cơ quan, đơn vị",
    "off.html.matrix": "Báo cáo định kỳ",
    "off.html.overdue": "Nhiệm vụ quá hạn",
    "off.html.trend": "Tỷ lệ đúng hạn tại hạn báo cáo hằng tháng",
    "off.html.print": "In trang này (Ctrl+P) trên khổ A4.",
    "off.html.no_trend": "Chưa có kỳ báo cáo tháng nào đến hạn.",
    "off.html.completion_over_all": "Tỷ lệ hoàn thành trên tổng số nhiệm vụ có thời hạn",
    "off.html.on_time_over_all": "Tỷ lệ hoàn thành đúng hạn trên tổng số nhiệm vụ có thời hạn",
    "csv.yes": "có",
    "csv.no": "không",
    # csv in words for every command
    "csv.kind.task": "nhiệm vụ",
    "csv.kind.request": "đề nghị (không theo dõi)",
    "csv.col.tasks_led": "Số nhiệm vụ chủ trì",
    "csv.col.tasks_supported": "Số nhiệm vụ phối hợp",
    "csv.col.leads": "Số đơn vị chủ trì",
    "csv.col.leads_done": "Số đơn vị chủ trì đã hoàn thành",
    "csv.col.leads_overdue": "Số đơn vị chủ trì quá hạn",
    "csv.col.days_left": "Số ngày còn lại (số âm: đã quá hạn)",
    "csv.col.owing": "Đơn vị chưa thực hiện",
    "ics.task_summary": "Hạn nhiệm vụ {ref}: {text}",
    "ics.report_summary": "Hạn nộp báo cáo {period}",
    "ics.owners": "Đơn vị thực hiện: {who}",
    "ics.due": "Hạn: {day} {date}",
    "ics.plan": "Theo: {title}",
    "ics.category.task": "Nhiệm vụ",
    "ics.category.report": "Báo cáo",
}

EN: dict[str, str] = {
    "where.line": "line {line}",
    "error.prefix": "Error",
    # --- errors: the domain (core/) ---
    "error.date_invalid": "Invalid date: {text!r}. Use dd/mm/yyyy (31/01/2021) or yyyy-mm-dd.",
    "error.date_nonexistent": "No such date: {text!r}.",
    "error.period_invalid": (
        "Invalid reporting period: {text!r}. Use 2021-03 or 03/2021 (month), 2021-Q1 or Q1/2021 "
        "(quarter), 2021 (year)."
    ),
    "error.period_range": "The --from period ({since}) comes after the --to period ({until}).",
    "error.agency_empty": "No agency was given.",
    "error.agency_ambiguous": "'{query}' matches several agencies; be more specific:\n{matches}",
    "error.agency_unknown": "No agency '{query}' was found.\nSee the list with 'kehoach agencies'.",
    "error.agency_unknown_near": (
        "No agency '{query}' was found.\nDid you mean: {near}?\nSee the list with 'kehoach "
        "agencies'."
    ),
    "error.agency_foreign_letters": (
        "'{query}' contains Cyrillic or Greek letters that look like Latin ones: {letters}. "
        "Type the agency's name again on a Latin keyboard."
    ),
    "error.agency_is_group": (
        "'{query}' is a group ({name}, {n} agencies); record for one agency at a time, for "
        "example {example}."
    ),
    "error.agency_is_empty_group": (
        "'{query}' is a group ({name}, {n} agencies); record for one agency at a time."
    ),
    "error.task_unknown": "No task '{task}'. See the list with 'kehoach list'.",
    "error.task_unknown_near": "No task '{task}'. Did you mean {near}? See 'kehoach list'.",
    "error.report_unknown": "There is no report '{query}'. The reports: {reports}.",
    "error.report_ambiguous": "'{query}' matches several reports; give the report's id: {reports}.",
    "error.code_named": "{code} ({name})",
    "error.status_invalid": "Invalid status: '{word}'. Use one of: {statuses}.",
    "error.state_invalid": (
        "Invalid status: '{word}'. Use one of: {statuses}. Or by timeliness: {timeliness}."
    ),
    "error.due_range": "--due-after must not be later than --due-before.",
    "error.search_empty": "Nothing to look for was given to --search.",
    "error.section_unknown": "There is no section '{section}'. The main sections: {sections}.",
    "error.role_invalid": (
        "Invalid role: '{role}'. Use lead ('chủ trì'), support ('phối hợp') or all ('tất cả')."
    ),
    "error.within_negative": "--within must be a number of days, not negative.",
    # bounds of what a plan or a command may ask
    "error.date_out_of_range": "The date {text!r} is outside the allowed range ({first} – {last}).",
    "error.within_too_long": (
        "--within {days} days is too far; at most {most} days (about 10 years)."
    ),
    "error.rule.frequency": (
        "the frequency {freq} cannot be used; report deadlines fall on days: DAILY, WEEKLY, "
        "MONTHLY or YEARLY"
    ),
    "error.rule.part": "the part {part} cannot be used for report deadlines",
    "error.rule.interval": "INTERVAL must be a whole number of at least 1, not {interval}",
    "error.rule.too_many": "the rule makes too many report periods (at most {most})",
    "error.rule.never": "no month in BYMONTH has a day given in BYMONTHDAY",
    "error.date_range": "--from must not be later than --to.",
    "error.day_ahead": (
        "The date {day} is still to come (today is {today}): record only what has happened. "
        "Check --date (or --today)."
    ),
    "error.day_before_plan": "The date {day} is before the plan starts ({start}). Check --date.",
    "error.task_not_tracked": (
        "Task {task} is a request to a body outside the provincial People's Committee: its "
        "progress is not tracked, so no status is recorded."
    ),
    "error.task_without_lead": (
        "Task {task} has no lead agency in the plan file, so its progress cannot be recorded "
        "yet. Add 'lead' to the task first."
    ),
    "error.lead_needed": (
        "Task {task} has {n} lead agencies ({leads}); choose the one to record with --agency, "
        "for example: --agency {example}."
    ),
    "error.not_a_lead": (
        "{agency} does not lead task {task}; progress is recorded only for its lead agencies: "
        "{leads}."
    ),
    "error.agencies_and_more": "{names} … ({n} agencies)",
    "error.not_a_reporter": "{agency} does not have to send report {report} ({name}).",
    "error.report_needed": "The plan has {n} monthly reports; pick one with --report: {reports}.",
    "error.no_reports": "none",
    "error.period_wrong_kind": (
        "Report {report} has one period per {kind}, but '{query}' is a {typed}. For example: "
        "--period {example}."
    ),
    "error.period_kind.month": "month",
    "error.period_kind.quarter": "quarter",
    "error.period_kind.year": "year",
    "error.period_not_begun": (
        "Period {period} has not begun (it begins on {start}), so there can be no report for "
        "it on {day}. If the agency really did submit early, add --early."
    ),
    "error.nothing_owed_yet": (
        "{agency} has submitted every period of report {report} that is due; the next is "
        "{period}, which begins on {start}. If the agency really did submit early: "
        "--period {code} --early."
    ),
    "error.batch_refused": (
        "Nothing recorded for the {total} agencies because {n} of them cannot be recorded; "
        "fix these and run the command again:"
    ),
    "error.batch_empty": "No agency to record (the group has no members).",
    "error.period_not_in_report": (
        "Report {report} has no period {period}; its periods run from {first} to {last}."
    ),
    "error.all_submitted": (
        "{agency} has submitted every period of report {report}; to correct a submission, give "
        "--period and --correct."
    ),
    "error.already_submitted": (
        "{agency} is already recorded as having sent report {report} for {period} on {date}. To "
        "record it again (the later record counts), add --correct."
    ),
    "error.submission_superseded": (
        "The previous record of {report} for {period} is dated {earlier}, after {day}: only the "
        "latest-dated submission counts, so this record would have no effect. Nothing was "
        "recorded."
    ),
    # why the system refused to read or write a file (core.errors.os_reason)
    "error.os.permission": "permission denied (check the rights on the file and its folder)",
    "error.os.not_found": "no such file or folder",
    "error.os.is_directory": "this is a folder, not a file",
    "error.os.no_space": "the disk is full",
    "error.os.read_only": "the disk is read-only",
    "error.os.name_too_long": "the file name is too long",
    "error.os.io": "a disk input/output error",
    "error.os.other": "system error ({reason})",
    # withdraw and extend
    "error.nothing_to_withdraw": "{agency} has no status recorded on task {task} to withdraw.",
    "error.nothing_to_withdraw_report": (
        "{agency} has no submission of report {report} {period} to withdraw."
    ),
    "error.withdraw_before_entry": (
        "The withdrawal date {day} is before the date of the entry withdrawn ({entry})."
    ),
    "error.extend_no_due": "Task {task} is ongoing (it has no deadline): it cannot be extended.",
    "error.extend_not_later": (
        "The new deadline {to} must be after task {task}'s deadline in the plan ({due})."
    ),
    # deadlines by period
    "error.due_period_invalid": (
        "'{text}' is not a deadline period: write a month 2021-06, a quarter 2021-Q2, "
        "a half-year 2021-H1 or a year 2021."
    ),
    "error.period_kind.half": "half-year",
    # --- end of errors: core ---
    # --- errors: the plan file (planfile/) ---
    "merge.item.table": "[{name}]",
    "merge.item.array": "[[{name}]] #{n}",
    "merge.item.file": "the file",
    "merge.side.ours": "this machine's version",
    "merge.side.theirs": "the version from the server",
    "error.file.not_found": (
        "Plan file not found: {path}. Check --file or {env}, or create a new plan with 'kehoach "
        "init'."
    ),
    "error.file.not_utf8": "{file}: the file is not valid UTF-8.",
    "error.file.save_as_utf8": (
        "save the file again in the UTF-8 encoding (not Windows-1258 or VNI)."
    ),
    "error.file.unreadable": "Cannot read the plan file {file}: {reason}.",
    "error.file.conflicts": "{file}: unresolved git conflicts left in the file: {n}.",
    "error.file.conflict": (
        "unresolved git conflict in {item} (lines {first}–{last}): keep the right version "
        "(between <<<<<<< and =======, or between ======= and >>>>>>>), then delete the marker "
        "lines <<<<<<<, =======, >>>>>>>."
    ),
    # merged without losing anything: what to do with each marked region
    "error.file.conflict_events": (
        "conflict in {item} (lines {first}–{last}): the two sides recorded different updates. "
        "Keep the lines of both sides ({ours} above, {theirs} below; an update found on both "
        "once) and delete only the three marker lines <<<<<<<, =======, >>>>>>>."
    ),
    "error.file.conflict_one_side": (
        "conflict in {item} (lines {first}–{last}): only {side} has it; the other side deleted "
        "or changed it, or it no longer fits the rest of the file. Keep it "
        "(delete only the three marker lines <<<<<<<, =======, >>>>>>>) so that nothing is "
        "lost, then run 'kehoach validate' again and fix what it refers to (a section or agency "
        "the other side renamed or deleted, say)."
    ),
    "error.file.conflict_tasks": (
        "conflict in {item} (lines {first}–{last}): the two sides wrote it differently ({ours} "
        "above, {theirs} below). If it is one task, keep the right version (or combine the two). "
        "If they are two different tasks with the same id, keep both and give one of them a new "
        "id. Then delete the three marker lines <<<<<<<, =======, >>>>>>>."
    ),
    "error.file.conflict_reports": (
        "conflict in {item} (lines {first}–{last}): the two sides wrote it differently ({ours} "
        "above, {theirs} below). If it is one report, keep the right version (or combine the two). "
        "If they are two different reports with the same id, keep both and give one of them a new "
        "id. Then delete the three marker lines <<<<<<<, =======, >>>>>>>."
    ),
    "error.file.syntax": "{file}: TOML syntax error.",
    # TOML syntax, as tomllib reports it (planfile/syntax.py)
    "error.toml.problem": "{message}{hint}\n{quote}",
    "error.toml.hint": " Write instead: {hint}",
    "error.toml.newline": "more characters after the value; each line holds one key = value.",
    "error.toml.invalid_value": "invalid value.",
    "error.toml.invalid_date": "invalid date (dates are written year-month-day, e.g. 2021-07-31).",
    "error.toml.unclosed_quote": "a string is not closed with a quote before the end of the line.",
    "error.toml.lone_cr": "a lone CR line break; save the file with LF or CRLF line endings.",
    "error.toml.control": "control character {char} is not allowed here.",
    "error.toml.unclosed_string": "a string is not closed.",
    "error.toml.unclosed_string_at_end": "the string opened here is never closed.",
    "error.toml.unclosed_array": "an array is not closed, or a comma is missing between its items.",
    "error.toml.unclosed_array_at_end": "the array opened with [ here is never closed with ].",
    "error.toml.unclosed_inline": "an inline table { } is not closed, or a comma is missing.",
    "error.toml.unclosed_inline_at_end": "the table opened with { here is never closed with }.",
    "error.toml.header_end": "the table header is missing its closing ].",
    "error.toml.array_header_end": "the [[...]] header is missing its closing ]].",
    "error.toml.expected_equals": "a key must be followed by =.",
    "error.toml.key_start": "a key starts with a character that is not allowed.",
    "error.toml.invalid_statement": "this line is neither key = value nor a table header [...].",
    "error.toml.overwrite": "this key already has a value above; each key may be set once.",
    "error.toml.duplicate_key": "the key '{key}' appears twice in the same {{ }} table.",
    "error.toml.declared_twice": "the table [{key}] is declared twice.",
    "error.toml.redefine": "the table {key} was already made above and cannot be declared again.",
    "error.toml.immutable": "{key} was written whole above; no keys can be added to it.",
    "error.toml.backslash": (
        "a \\ in a string must be written \\\\, or use a single-quoted string '...'."
    ),
    "error.toml.bad_escape": "an invalid \\u or \\U escape.",
    "error.toml.other": "TOML syntax error ({message}).",
    "error.toml.hint.date": (
        "{wanted} instead of {written} (dates are year-month-day, without quotes)."
    ),
    "error.toml.hint.quote_words": '"{words}" (text goes between double quotes).',
    "error.toml.hint.one_per_line": (
        "a new line before the next key; text goes between double quotes."
    ),
    "error.toml.hint.missing_comma": "a comma between two items, or ] to close the array.",
    "error.toml.hint.quote_key": (
        "a key with spaces or Vietnamese letters goes between double quotes."
    ),
    "error.file.conflict_marker": (
        "the file still has a git conflict marker (line {line}); keep the right version and "
        "delete the lines <<<<<<<, =======, >>>>>>>."
    ),
    "error.file.unreadable_toml": "{file}: the TOML file cannot be read.",
    "error.file.too_deep": (
        "arrays or tables nested too deeply; remove some of the [ ] or { } pairs."
    ),
    "error.file.huge_value": "a number too large or a value that cannot be read ({kind}).",
    "error.file.invalid": "The plan file {file} has errors ({n}):",
    "error.file.lock_timeout": "{env} must be a number of seconds (for example 10), not {value!r}.",
    "error.file.lock_unusable": "Cannot create the lock file {path}: {reason}.",
    "error.file.busy": (
        "The file {path} is being written by another command (waited {seconds} seconds). Try "
        "again in a few minutes; to wait longer, set the environment variable {env} (in "
        "seconds)."
    ),
    "error.file.read_only": (
        "The file {path} is read-only; nothing was written and the file is unchanged. Remove the "
        "read-only attribute or ask whoever manages the folder."
    ),
    "error.file.write_failed": "Cannot write {path}: {reason}. The file is unchanged.",
    "error.file.bad_character": (
        "{what} contains a character that cannot be written to the file ({character}). Please "
        "type that part again."
    ),
    "error.file.not_utf8_byte": "a byte that is not UTF-8; check the encoding of the terminal",
    "error.file.control_character": "control or invisible character U+{code}",
    "error.file.sample_read_only": (
        "{file} is the sample plan shipped with the program (sample = true in [plan]): it is "
        "for viewing only and is never written; the file is unchanged. Create your office's "
        "plan file with 'kehoach init FOLDER', then run commands in that folder (or use --file)."
    ),
    "error.file.no_new_text": (
        "Could not produce the new content of the file; the file is unchanged."
    ),
    "error.file.change_breaks": "The change would break the plan file, so nothing was written:",
    "error.file.check_failed": (
        "The new content did not pass the check after writing; the file is unchanged."
    ),
    "error.merge.bad_header": "{file}: cannot read the table header on line {line}: {header!r}.",
    "error.merge.twice": "{file}: {item} appears twice (line {line}).",
    "error.merge.events_not_copied": "could not copy the other side's updates.",
    "error.schema.not_a_table": "{where} must be a TOML table.",
    "error.schema.unknown_key": "{where}: unknown key '{key}' (a typo?). Valid keys: {known}.",
    "error.schema.wrong_type": "{where}: '{key}' must be {expected}, not {got}.",
    "error.schema.type.string": "a string",
    "error.schema.type.date": "a date (2021-01-31)",
    "error.schema.type.list": "a list [...]",
    "error.schema.type.table": "a table",
    "error.schema.type.boolean": "true or false",
    "error.schema.got.datetime": (
        "a date and time {value} (write the date only, for example 2021-01-31)"
    ),
    "error.schema.got.string": "the string {value!r}",
    "error.schema.got.bool": "a true/false value",
    "error.schema.got.number": "the number {value}",
    "error.schema.got.list": "a list",
    "error.schema.got.table": "a table",
    "error.schema.strings_only": "{where}: '{key}' may hold only strings.",
    "error.schema.missing_key": "{where}: the required key '{key}' is missing.",
    "error.schema.unknown_top_key": (
        "unknown top-level key: '{key}'{hint}. Valid sections: {known}."
    ),
    "error.schema.format_missing": (
        "the key 'format' must be {version} (the version of the plan file format); add 'format = "
        "{version}'."
    ),
    "error.schema.format_wrong": (
        "the key 'format' must be {version} (the version of the plan file format), not {got}."
    ),
    "error.schema.where.report": "report '{id}'",
    "error.schema.where.report_n": "[[reports]] no. {n}",
    "error.schema.where.task": "task '{id}'",
    "error.schema.where.task_n": "[[tasks]] no. {n}",
    "error.schema.where.event": "{where} entry {n}",
    "error.schema.unknown_task": "{where}: task '{task}' is not in the plan.",
    "error.schema.unsafe_character": (
        "the text has a control or invisible character U+{code} (it could garble a terminal); "
        "delete it."
    ),
    "error.schema.not_nfc": (
        "text not in Unicode form NFC: {text!r}. Type it again with a precomposed Unicode input "
        "method, or run any kehoach command that writes the file: it normalises the text."
    ),
    "error.schema.plan_missing": (
        "the [plan] table is missing (id, title, start, end, deadline_rule)."
    ),
    "error.schema.deadline_rule": (
        "[plan]: deadline_rule '{rule}' is not valid; use 'next_working_day' (move to the next "
        "working day) or 'exact'."
    ),
    "error.schema.end_before_start": "[plan]: the end date (end) is before the start date (start).",
    "error.schema.date_out_of_range": (
        "the date {day} is outside the allowed range ({first} – {last})."
    ),
    "error.schema.plan_too_long": (
        "[plan]: the plan is longer than 10 years ({days} days); check start and end."
    ),
    "error.schema.sections_not_a_table": '[sections] must be a table: "1.2" = "…".',
    "error.schema.section_title": "[sections]: the title of section '{key}' must be a string.",
    "error.schema.not_tables": "'{name}' must be tables [{name}.KEY].",
    "error.schema.not_entries": "'{name}' must be entries [[{name}]].",
    "error.schema.agency_key": (
        "{where}: an agency key may hold only lowercase letters without accents, digits and '-' "
        "(for example 'stc')."
    ),
    "error.schema.agency_kind": "{where}: kind '{kind}' is not valid; use one of: {known}.",
    "error.schema.name_taken": (
        "{where}: the name '{name}' is already used by agency '{owner}'; each short name or "
        "alias may belong to one agency only."
    ),
    "error.schema.group_is_agency": "{where}: an agency has the same key; rename the group.",
    "error.schema.unknown_member": (
        "{where}: member '{member}' is not a declared agency or group{hint}."
    ),
    "error.schema.did_you_mean": " (did you mean '{word}'?)",
    "error.schema.group_cycle": "groups nested in a loop: {cycle}.",
    "error.schema.unknown_ref": (
        "{where}: '{ref}' is not a declared agency or group{hint}; a group is written with a "
        "leading '@', for example '@districts'."
    ),
    "error.schema.report_id_twice": "{where}: duplicate report ID.",
    "error.schema.report_period": (
        "{where}: period '{period}' is not valid; use month, quarter or year."
    ),
    "error.schema.report_rrule": (
        "{where}: the RRULE cannot be read ({reason}). Example: 'FREQ=MONTHLY;BYMONTHDAY=20'."
    ),
    "error.schema.task_id": (
        "{where}: an ID may hold only letters, digits, '.' and '-' (for example 1.2.3)."
    ),
    "error.schema.task_id_twice": (
        "{where}: the task ID is the same as that of [[tasks]] no. {n}; each task needs its own ID."
    ),
    "error.schema.task_section": (
        '{where}: section \'{section}\' is not in [sections]; add "{section}" = "…".'
    ),
    "error.schema.task_text_empty": "{where}: the task's text (text) is empty.",
    "error.schema.task_kind": "{where}: kind '{kind}' is not valid; use task/request.",
    "error.schema.due_outside_plan": (
        "{where}: the deadline {due} is outside the plan's period ({start}–{end})."
    ),
    "error.schema.unknown_agency": "{where}: '{agency}' is not a declared agency{hint}.",
    "error.schema.only_log": "{where}: only one key is allowed, 'log = [ … ]'.",
    "error.schema.log_not_a_list": "{where}: 'log' must be a list.",
    "error.schema.task_or_report": "{where}: exactly one of 'task' or 'report' is needed.",
    "error.schema.status": "{where}: status {status!r} is not valid; use one of: {known}.",
    "error.schema.task_period": "{where}: a task update has no 'period'.",
    "error.schema.unknown_report": "{where}: report '{report}' is not in the plan.",
    "error.schema.report_status": "{where}: a report submission has no 'status'.",
    "error.schema.period_missing": (
        "{where}: 'period' is missing (the reporting period, for example \"2021-03\")."
    ),
    "error.schema.period_invalid": (
        '{where}: period {period!r} is not valid for this report (month "2021-03", quarter '
        '"2021-Q1", year "2021").'
    ),
    "error.schema.not_lead": (
        "[events.{agency}]: '{agency}' does not lead task '{task}', so it cannot record a status "
        "for it."
    ),
    "error.schema.not_reporter": (
        "[events.{agency}]: '{agency}' is not required to send report '{report}'."
    ),
    # withdraw and extend
    "error.schema.withdraws_later": (
        "{where}: the date of the entry withdrawn ('withdraws' = {day}) must not be after the "
        "date of the withdrawal ('date')."
    ),
    "error.schema.extension_shape": (
        "{where}: an extension ('extended_to') needs a 'task' and has no 'status', 'period' "
        "or 'withdraws'."
    ),
    "error.schema.extension_no_due": (
        "{where}: task {task} has no deadline ('due'), so it cannot be extended."
    ),
    "error.schema.extension_not_later": (
        "{where}: the new deadline {day} must be after task {task}'s deadline {due}."
    ),
    "error.schema.withdraws_nothing": (
        "[events.{agency}]: the withdrawal ({what}, dated {day}) matches no entry of this "
        "agency; correct 'withdraws', 'task', 'status' (or 'report', 'period') to name the "
        "entry to withdraw."
    ),
    # deadlines by period
    "error.schema.due_period": (
        "{where}: 'due' must be a date (2021-01-31) or a period (month \"2021-06\", "
        'quarter "2021-Q2", half-year "2021-H1", year "2021"), not the string \'{value}\'.'
    ),
    # import
    "error.import.kind": "{file}: only {kinds} documents can be imported.",
    "error.import.unreadable": "Could not read {file}: {reason}.",
    "error.import.not_utf8": "{file} is not UTF-8 text; save it as UTF-8 and import it again.",
    "error.import.no_year": "Which year is the plan for? Give it with --year YEAR.",
    "error.import.no_table": (
        "{file}: no task table found (a header row with a content column and a lead or "
        "deadline column)."
    ),
    # --- end of errors: planfile ---
    # --- errors: git (git/) ---
    "error.git.not_installed": (
        "The git program was not found. Install git (https://git-scm.com) or leave out --commit."
    ),
    "error.git.cannot_run": "Could not run git: {reason}.",
    "error.git.staged_unreadable": "git could not read the staged changes: {said}",
    "error.git.diff_failed": "git could not compare {file}: {said}",
    "error.git.commit.not_repo": (
        "--commit: {folder} is not inside a git repository. Run 'git init' and commit the plan "
        "file first, or leave out --commit. Nothing was written."
    ),
    "error.git.commit.untracked": (
        "--commit: {file} is not tracked by git. Run 'git add {file}' and 'git commit' first, "
        "or leave out --commit. Nothing was written."
    ),
    "error.git.commit.identity": (
        "--commit: git does not know who is committing (missing {missing}), so nothing was "
        "written. Set it once on this computer, with your own name and email: "
        'git config --global user.name "Nguyen Van A" and '
        'git config --global user.email "nguyenvana@hatinh.gov.vn"; then run the command again.'
    ),
    "error.git.commit.merging": (
        "--commit: a merge is in progress in the repository. Resolve the conflicts, then "
        "'git add' + 'git commit', or drop the merge with 'git merge --abort', then run the "
        "command again. Nothing was written."
    ),
    "error.git.commit.staged": (
        "--commit: other changes are staged in git ({files}). Commit or unstage them first "
        "('git restore --staged …'), or leave out --commit. Nothing was written."
    ),
    "error.git.commit.uncommitted": (
        "--commit: {file} has uncommitted changes. Look at 'git diff' and commit them first, "
        "or leave out --commit. Nothing was written."
    ),
    "error.git.commit.failed": (
        "Wrote to {file}, but git commit failed:\n{said}\n"
        "Fix the problem, then commit the file yourself (git commit); "
        "do not run the recording command again."
    ),
    "error.git.not_repo": (
        "{folder} is not inside a git repository. Create one with 'git init' (or get one with "
        "'git clone'), then run again."
    ),
    "error.git.no_toplevel": "git did not report the repository's top-level folder: {said}",
    "error.git.plan_outside": "The plan file {path} is not inside the git repository {root}.",
    "error.git.read_failed": "Could not read {path}: {reason}.",
    "error.git.write_failed": "Could not write {path}: {reason}.",
    "error.git.attr_unreadable": "git could not read the attributes of {file}: {said}",
    "error.git.config_failed": "git could not write the setting {setting}: {said}",
    "error.git.attr_ignored": (
        "Added '{line}' to {path}, but git still does not use the kehoach merge driver for this "
        "file (.git/info/attributes may override it). Check with 'git check-attr merge -- {file}'."
    ),
    "error.git.step.preflight": "Checks before syncing",
    "error.git.sync.merging": (
        "{step}: a merge is in progress in the repository. Resolve the conflicts, then "
        "'git add' + 'git commit', or abandon that merge with 'git merge --abort'; "
        "then run 'kehoach sync' again."
    ),
    "error.git.sync.untracked": (
        "{step}: {file} is not tracked by git. Run 'git add {file}' and 'git commit' first."
    ),
    "error.git.sync.uncommitted": (
        "{step}: {file} has uncommitted changes. 'kehoach sync' does not commit for you: "
        "review them with 'git diff', commit (git commit {file}), then run again."
    ),
    "error.git.sync.no_remote": (
        "{step}: this repository has no remote to sync with. Add one once with "
        "'git remote add origin <address of the repository on the server>', push the first "
        "time with 'git push -u origin <branch>', then run 'kehoach sync' again."
    ),
    "error.git.sync.no_upstream": (
        "{step}: the current branch is not linked to a branch on the server. Run "
        "'git push -u origin <branch>' once (or 'git branch --set-upstream-to'), then run again."
    ),
    "error.git.sync.conflict": (
        "The merge step (git pull) is not finished: conflicts remain in {files}. Nothing was "
        "pushed. {plan}Once they are fixed, 'git add' + 'git commit', then run 'kehoach sync' "
        "again. To return to how things were before syncing: 'git merge --abort'. Git and the "
        "merge driver said:\n{said}"
    ),
    "error.git.sync.plan_marked": (
        "The plan file {file} keeps both versions in {n} places, between the marker lines <<<<<<< "
        "and >>>>>>> ({ours} above, {theirs} below); everything else is merged, and no update or "
        "task was dropped. The file is not valid until those places are resolved: 'kehoach "
        "validate' shows each one and what to do. "
    ),
    "error.git.sync.plan_unmarked": (
        "The plan file {file} holds only this machine's version, with no conflict markers: the "
        "changes from the server are NOT in it. Do not commit it like this; run "
        "'git merge --abort', run 'kehoach git-setup', then sync again. "
    ),
    "error.git.sync.pull_failed": (
        "The fetch step (git pull) failed; nothing has changed on this machine.\n{said}"
    ),
    "error.git.sync.push_failed": (
        "The push step (git push) failed; the changes are still on this machine. "
        "Run 'kehoach sync' again in a few minutes.\n{said}"
    ),
    "error.git.sync.invalid": (
        "Checking the file after the merge: the plan file has errors, so nothing was pushed. "
        "Fix them, commit, then run 'kehoach sync' again.{undo} {said}"
    ),
    "error.git.sync.undo": (
        " To return to how things were before syncing: 'git reset --merge {commit}'."
    ),
    # --- end of errors: git ---
    # --- errors: the command line (cli/) ---
    "error.cli.bad_timezone": "Invalid time zone in KEHOACH_TZ: {name!r}.",
    "error.cli.init.exists": "{target} already exists; not overwriting it. Choose another folder.",
    "error.cli.init.cannot_create": "Could not create {target}: {reason}.",
    "error.cli.import.exists": (
        "{target} already exists; not overwriting it. Choose another file for -o."
    ),
    "error.cli.export.is_plan": (
        "{target} is the plan file: not overwriting it. Choose another name for the export."
    ),
    "error.cli.export.is_folder": "{target} is a folder; give a file name, for example {example}.",
    "error.cli.export.no_folder": (
        "There is no folder {folder}; create it first or choose another place."
    ),
    "error.cli.export.cannot_write": "Could not write {target}: {reason}.",
    "error.cli.field.task_id": "The task ID",
    "error.cli.field.text": "The text (--text)",
    "error.cli.field.note": "The note (--note)",
    "error.cli.field.ref": "The document (--ref)",
    "error.cli.field.by": "The recorder (--by)",
    "error.cli.add.empty_text": "The task's text (--text) is empty.",
    "error.cli.add.id_taken": "Task ID '{id}' is already taken (task {existing}); choose another.",
    "error.cli.add.no_section": (
        "Section '{section}' is not in [sections].{hint} Add the section to the file first, "
        "or choose an existing one."
    ),
    "error.cli.add.did_you_mean": " Did you mean {names}?",
    "error.cli.add.no_lead": "At least one lead agency (--lead) is needed.",
    "error.cli.add.due_outside": "Due date {due} is outside the plan's period ({start}–{end}).",
    "error.cli.team.sample_plan": (
        "You have no plan file of your own yet (the sample plan shipped with the program is in "
        "use). Run the command in the plan repository's folder, or use --file."
    ),
    "error.cli.team.cannot_read": "Could not read {what} {path}: {reason}.",
    "error.cli.team.base": "the common ancestor",
    "error.cli.team.ours": "this branch's version",
    "error.cli.team.theirs": "the other branch's version",
    "error.cli.merge.whole": (
        "{name}: could not merge item by item ({reason}). The file keeps both versions whole, "
        "nothing is lost: {ours} between <<<<<<< and =======, {theirs} between ======= and "
        ">>>>>>>. The file is not valid until it "
        "is made into one version by hand; or return to how things were with 'git merge --abort'."
    ),
    "error.cli.merge.not_utf8": "a version is not UTF-8",
    "error.cli.merge.by_items": "a version cannot be split into items with certainty",
    "error.cli.merge.conflicts": (
        "{name}: merged, except for places a person must decide: {n}. At each, the file keeps "
        "both versions between the marker lines <<<<<<<, ======= and >>>>>>> ({ours} above, "
        "{theirs} below); no update or task was dropped. The file is not valid until they are "
        "resolved; 'kehoach validate' lists them again:"
    ),
    "error.cli.sample_refused": (
        "{file} is the sample plan shipped with the program (sample = true in [plan]), not "
        "your office's plan, so it is not checked. Name the plan file: in the crontab set "
        "KEHOACH_FILE=/path/to/data/tasks.toml (or use --file); if there is none yet, create "
        "it with 'kehoach init FOLDER'."
    ),
    # withdraw and extend
    "error.cli.withdraw_what": (
        "Give a task id (kehoach withdraw 1.3) or --report (kehoach withdraw --report "
        "bc-thang --period 02/2021 --agency stc), not both."
    ),
    "error.cli.withdraw_period_without_report": "--period goes only with --report.",
    "error.cli.withdraw_report_needs": (
        "Withdrawing a submission of report {report} needs both --period and --agency."
    ),
    "error.cli.extend_ref_needed": (
        "Name the document granting the extension with --ref, e.g. --ref 'Công văn số 123/UBND-TH'."
    ),
    "error.cli.office.exists": (
        "{target} already exists. Add --force to overwrite it, or choose another name."
    ),
    "error.cli.office.xlsx_output": "An xlsx export needs a file to write: -o FILE.xlsx.",
    "error.cli.office.template": "Cannot open the template {path}: {reason}.",
    "error.cli.office.not_folder": "{target} is not a folder. Give a folder to -o.",
    # --- end of errors: cli ---
    "status.not_started": "not started",
    "status.in_progress": "in progress",
    "status.done": "done",
    "status.blocked": "blocked",
    "status.cancelled": "cancelled",
    "timeliness.done_on_time": "done on time",
    "timeliness.done_late": "done late",
    "timeliness.on_track": "on track",
    "timeliness.overdue": "overdue",
    "timeliness.ongoing": "ongoing",
    "timeliness.cancelled": "cancelled",
    "report.on_time": "on time",
    "report.late": "late",
    "report.missing": "missing (overdue)",
    "report.pending": "not yet due",
    # command-line help and click's own words
    "click.usage": "Usage",
    "click.options": "Options",
    "click.arguments": "Arguments",
    "click.commands": "Commands",
    "click.options_metavar": "[OPTIONS]",
    "click.command_metavar": "COMMAND [ARGS]...",
    "click.default": "default: {default}",
    "click.env_var": "env var: {var}",
    "click.required": "required",
    "click.range": "from {min} to {max}",
    "click.at_least": "at least {min}",
    "click.at_most": "at most {max}",
    "click.try_help": "Try '{command} {option}' for help.",
    "click.no_such_option": "No such option: {option}.",
    "click.possible_options": " Did you mean {options}?",
    "click.no_such_command": "No such command '{name}'.",
    "click.did_you_mean": " Did you mean {names}?",
    "click.missing_command": "Missing command (for example: kehoach list).",
    "click.missing_argument": "Missing argument {name}.",
    "click.missing_option": "Missing option {name}.",
    "click.choose_from": "Choose from: {choices}.",
    "click.extra_arguments": "Got unexpected extra arguments: {args}.",
    "click.invalid": "Invalid value: {message}",
    "click.invalid_value": "Invalid value for {name}: {message}",
    "click.not_one_of": "{value} is not one of {choices}.",
    "click.not_integer": "{value} is not a whole number.",
    "click.not_number": "{value} is not a number.",
    "click.out_of_range": "{value} is out of range ({range}).",
    "click.requires_value": "Option {option} requires a value.",
    "click.no_value": "Option {option} does not take a value.",
    "metavar.type.text": "TEXT",
    "metavar.type.integer": "NUMBER",
    "metavar.type.path": "PATH",
    "metavar.file": "FILE",
    "metavar.today": "DATE",
    "metavar.agency": "AGENCY",
    "metavar.status": "STATUS",
    "metavar.role": "ROLE",
    "metavar.section": "SECTION",
    "metavar.due_before": "DATE",
    "metavar.due_after": "DATE",
    "metavar.search": "WORDS",
    "metavar.task_id": "TASK",
    "metavar.within": "DAYS",
    "metavar.stale_days": "DAYS",
    "metavar.remind": "DAYS",
    "metavar.start": "DATE",
    "metavar.end": "DATE",
    "metavar.when": "DATE",
    "metavar.due": "DATE",
    "metavar.note": "NOTE",
    "metavar.ref": "DOCUMENT",
    "metavar.by": "NAME",
    "metavar.report": "REPORT",
    "metavar.report_id": "REPORT",
    "metavar.period": "PERIOD",
    "metavar.since": "PERIOD",
    "metavar.until": "PERIOD",
    "metavar.text": "TEXT",
    "metavar.lead": "AGENCY",
    "metavar.support": "AGENCY",
    "metavar.output": "FILE",
    "metavar.directory": "FOLDER",
    "metavar.cmd.add.task_id": "NEW_ID",
    "metavar.cmd.export.kind": "KIND",
    "metavar.base": "BASE",
    "metavar.ours": "OURS",
    "metavar.theirs": "THEIRS",
    "metavar.path": "PATH",
    "help.help": "Show this message and exit.",
    "help.file": "Plan file (default: the nearest data/tasks.toml, or the sample 2021 plan).",
    "help.today": "The date taken as today (dd/mm/yyyy), to look back as on a past day.",
    "help.lang": "Language: vi (Vietnamese) or en (English).",
    "help.version": "Print the version and exit.",
    "help.fmt": "Output format: table, json, csv, md (Markdown).",
    "help.labels": (
        "For csv: vi (headers, full names and states in words, in English with --lang en) "
        "or codes (stable keys for scripts)."
    ),
    "help.agency": (
        "Agency: its key, short name or part of its name, with or without diacritics (for "
        "example: stc, 'tai chinh', @districts, 'tat ca')."
    ),
    "help.when": "When it happened (dd/mm/yyyy or yyyy-mm-dd); default: today (--today).",
    "help.note": "A note (optional).",
    "help.ref": "The document it rests on, for example 'Ke hoach so 12/KH-STC' (optional).",
    "help.by": "Who records it (optional).",
    "help.commit": (
        "Commit the plan file to git at once (that file only, with the git user name and the "
        "repository's hooks). Writes nothing if the folder is not a git repository or other "
        "changes are staged."
    ),
    "help.stale_days": (
        "List ongoing tasks on which the lead agency has recorded nothing for this many days "
        "(counted from the plan's start or the latest record); 0 turns it off."
    ),
    "app": (
        "Track the provincial People's Committee's work programme: the tasks of each "
        "department, board and district, their deadlines, and periodic reports."
    ),
    "app.help": (
        "The options --file, --today and --lang work before or after the command's name.\n\n"
        "\b\nExamples:\n"
        "  kehoach deadlines                   # upcoming and missed deadlines\n"
        "  kehoach list --agency 'tai chinh'   # tasks led by the Department of Finance\n"
        "  kehoach overdue --today 25/01/2021  # look back as on 25/01/2021"
    ),
    "cmd.list": "List tasks: ID, text, lead agency, deadline, status.",
    "cmd.list.help": (
        "Without --agency: one line per task; a task with several lead agencies shows how many "
        "are done (for example 12/38 done). With --agency: one line per task the agency leads "
        "(directly or through a group such as @all), with that agency's own status and "
        "timeliness; with a group (@districts), one line per (task, agency). Filters combine "
        "(and).\n\n"
        "\b\nExamples:\n"
        "  kehoach list --agency 'tai chinh'\n"
        "  kehoach list --agency @districts --status overdue\n"
        "  kehoach list --section 4 --search 'nong thon moi' --format json"
    ),
    "help.cmd.list.role": "With --agency: lead (the default), support, or all (both).",
    "help.cmd.list.status": (
        "Keep only tasks with this status: its code or its words (done, in_progress, blocked, "
        "or the Vietnamese words) or a timeliness (overdue, on_track, done_late, done_on_time, "
        "ongoing). Give it several times, or separate with commas, to keep any of them."
    ),
    "help.cmd.list.section": "A section and its subsections: 1 takes 1.2, 1.2.3, 1.3 but not 10.",
    "help.cmd.list.due_before": "Deadline (as the plan states it) up to this day, dd/mm/yyyy.",
    "help.cmd.list.due_after": "Deadline (as the plan states it) from this day, dd/mm/yyyy.",
    "help.cmd.list.overdue": "Only tasks now overdue (not done).",
    "help.cmd.list.search": (
        "Search the tasks' text and the documents they cite, ignoring diacritics."
    ),
    "cmd.show": (
        "Everything about one task: section, full text, lead and supporting agencies, deadline "
        "(and the effective one when it falls on a day off), cited documents, notes, each lead "
        "agency's status and timeliness, update history."
    ),
    "cmd.show.help": (
        "The ID ignores case, and may be pasted as documents write it ('1.3.', 'nhiem vu 1.3', "
        "'muc 1.3'). With --format csv: one line per lead agency.\n\n"
        "\b\nExample:\n  kehoach show II.1.2"
    ),
    "help.task_id": "The task's ID, for example 1.3 or II.1.2.",
    "cmd.deadlines": "Deadlines by date: task deadlines and periodic report deadlines.",
    "cmd.deadlines.help": (
        "By default: every past deadline some agency still owes, and the deadlines of the next "
        "30 days. Each line: the date and weekday (and the effective deadline when it falls on "
        "a day off, per Article 148 of the 2015 Civil Code), days left or overdue, the text, "
        "the agencies that owe it, how many of them are not done.\n\n"
        "\b\nExamples:\n"
        "  kehoach deadlines --within 7\n"
        "  kehoach deadlines --agency 'duc tho' --from 01/01/2021 --to 31/03/2021"
    ),
    "help.cmd.deadlines.within": "Days from today (or from --from); default 30.",
    "help.cmd.deadlines.start": (
        "From this day (dd/mm/yyyy). With --from, every deadline in the range, met ones included."
    ),
    "help.cmd.deadlines.end": "Up to the end of this day (dd/mm/yyyy).",
    "cmd.record": "Record the status of a task for one of its lead agencies.",
    "cmd.record.help": (
        "Adds a line at the end of the plan file (under [events.<agency>]); the latest record "
        "is the current status, the earlier ones its history. Prints the agency's full name, "
        "the status recorded and the timeliness against the deadline. Several agencies (--agency "
        "repeated, or a group such as @districts) are recorded in one write, one line each: all "
        "or nothing; if any agency is wrong, the error lists every one that is.\n\n"
        "\b\nExamples:\n"
        "  kehoach record II.1.2 done --agency stc --date 28/01/2021\n"
        "  kehoach record 1.3 in_progress --note 'Submitted to the committee' --commit\n"
        "  kehoach record 8.3.1 done --agency @districts"
    ),
    "help.cmd.record.status": (
        "The status: not_started, in_progress, done, blocked, cancelled, or the Vietnamese words "
        "('hoan thanh', 'xong', 'dang lam', 'tam dung'…), with or without diacritics."
    ),
    "help.cmd.record.agency": (
        "The lead agency recorded for (key, short name or part of its name); repeat it, or name "
        "a group (@districts), to record for several at once. Required when the task has "
        "several lead agencies; with one, it is that one."
    ),
    "cmd.submit": "Record that an agency has sent a periodic report for a period.",
    "cmd.submit.help": (
        "Prints the agency's full name, the period recorded, and whether the report was on time "
        "or how many days late (a deadline on a day off moves to the next working day), one line "
        "per agency. A period already recorded is not recorded again, unless --correct is "
        "given; a period that has not begun is not recorded, unless --early is given. Several "
        "agencies (or a group such as @districts) are recorded in one write (one commit with "
        "--commit): all or nothing; if any agency is wrong, the error lists every one that is.\n\n"
        "\b\nExamples:\n"
        "  kehoach submit stc --period 02/2021 --date 18/02/2021 --ref 'Bao cao so 40/BC-STC'\n"
        "  kehoach submit 'huong khe' --report bc-nam --period 2021\n"
        "  kehoach submit stc sxd skhdt --period 03/2021\n"
        "  kehoach submit @districts --period 03/2021 --commit"
    ),
    "help.cmd.submit.agency": (
        "The agency that sent the report: key, short name or part of its name (for example "
        "stc, 'tai chinh'); several separated by spaces, or a group (@districts)."
    ),
    "help.cmd.submit.report_id": (
        "The report's ID (for example bc-thang, bc-nam); default: the only monthly report."
    ),
    "help.cmd.submit.period": (
        "The period: 2021-03, 03/2021 or T3/2021 (month); Q1/2021 or 2021-Q1 (quarter); 2021 "
        "(year). Default: the earliest overdue period the agency still owes, else the current "
        "one; never a period that has not begun."
    ),
    "help.cmd.submit.correct": (
        "Record a period again (the later record counts), for example when the date was wrong."
    ),
    "help.cmd.submit.early": (
        "Allow a period that has not begun (the agency really did submit early); needs --period."
    ),
    "cmd.reports": "Periodic report submissions: one line per agency, one column per period.",
    "cmd.reports.help": (
        "Signs: ✓ on time; +N N days late; ✗ missing though overdue; · not yet due. Last "
        "column: periods on time / periods due so far. Deadlines are effective ones: a deadline "
        "on a day off moves to the next working day. With --format json|csv|md: one line per "
        "(agency, period).\n\n"
        "\b\nExamples:\n"
        "  kehoach reports --report bc-thang --agency @districts --today 23/02/2021\n"
        "  kehoach reports --from Q1/2021 --to 2021-06"
    ),
    "help.cmd.reports.report": "Only one report (its ID, for example bc-thang, bc-nam).",
    "help.cmd.reports.since": "From this period (03/2021, 2021-03, Q1/2021, 2021).",
    "help.cmd.reports.until": "Up to this period (default: the periods begun by today).",
    "cmd.overdue": "Everything overdue as of today, the longest overdue first.",
    "cmd.overdue.help": (
        "Tasks past their effective deadline that the lead agency has not recorded as done or "
        "cancelled, and periodic reports missing after their deadline. As a table it adds a "
        '"no update" part: ongoing tasks on which the lead agency has recorded nothing for '
        "--stale-days days (not counted as overdue). Exit status: 1 when something is overdue, "
        "0 when nothing is.\n\n"
        "\b\nExample:\n  kehoach overdue --agency @districts --today 02/02/2021"
    ),
    "cmd.check": "A check for cron: overdue and upcoming items, grouped by agency.",
    "cmd.check.help": (
        "Validates the plan file first (errors: exit status 2 with every error listed). Prints "
        "nothing when nothing is overdue or due soon, so that cron sends no mail. No colours, "
        "and independent of the terminal, the system's language, the server's time zone and the "
        'current folder: "today" is the date in Vietnam (Asia/Ho_Chi_Minh) unless --today or '
        'KEHOACH_TZ says otherwise. The "no update" part (ongoing tasks without records for '
        "long) does not change the exit status.\n\n"
        "Exit status: 0 nothing overdue; 1 something overdue; 2 a usage mistake, an error in "
        "the plan file, or the plan is the sample (cron was not told which plan file).\n\n"
        "In the crontab, write the full path of the installed kehoach program (cron does not "
        "read the user's PATH) and name the plan file with KEHOACH_FILE.\n\n"
        "\b\nExample (crontab):\n"
        "  30 7 * * 1-5  KEHOACH_FILE=/srv/kh/data/tasks.toml "
        "/home/vt/.local/kehoach/bin/kehoach check"
    ),
    "help.cmd.check.within": "Warn about deadlines within this many days.",
    "help.cmd.check.quiet": "Print nothing, only set the exit status.",
    "help.cmd.check.fmt": "Format: text (cron mail) or json.",
    "cmd.summary": "Results by agency: tasks carried out and reports sent.",
    "cmd.summary.help": (
        "One line per agency, the weakest first, then the totals: tasks led (done on time, "
        "done late, on track, overdue, blocked, ongoing), reports (on time, late, missing), "
        "items overdue by more than 30 days, completion rate = completed ÷ (completed + "
        'overdue unfinished), on-time rate = items met on time ÷ items due so far. "Items" '
        "are tasks with a deadline and report periods.\n\n"
        "\b\nExample:\n  kehoach summary --agency @districts --format md --today 30/06/2021"
    ),
    "cmd.export": (
        "Export: an .ics calendar for Outlook, Thunderbird, Google Calendar; CSV, JSON, Markdown "
        "tables; an Excel .xlsx workbook."
    ),
    "cmd.export.help": (
        "ics: each deadline (of a task, of a report) is an all-day event on its effective date, "
        "with a reminder. Importing a newer file updates the calendar without duplicates. csv "
        "(UTF-8 with BOM, opens in Excel), json, md (Markdown tables with Vietnamese headings) "
        "with --what tasks|reports|summary.\n\n"
        "\b\nExamples:\n"
        "  kehoach export ics --agency stc -o han-stc.ics\n"
        "  kehoach export csv --what summary -o tong-hop.csv --today 30/06/2021"
    ),
    "help.cmd.export.kind": (
        "ics (calendar), csv (Excel), json, md (Markdown, to paste in Word), xlsx (an Excel "
        "workbook of several sheets)."
    ),
    "help.cmd.export.what": (
        "With csv/json/md: tasks (tasks by lead agency), reports (report submissions), summary "
        "(results by agency)."
    ),
    "help.cmd.export.output": "Write to this file (safely; never over the plan file).",
    "help.cmd.export.remind": "With ics: remind this many days before, at 9 in the morning.",
    "help.cmd.export.every": (
        "With ics: past deadlines too (default: from today to the end of the plan)."
    ),
    # office documents: report, remind
    "cmd.report": (
        "The Office's periodic report to the Provincial People's Committee: a Word file under "
        "Decree 30/2020, or a web page for the leadership."
    ),
    "cmd.report.help": (
        "The Office's report to the Provincial People's Committee in the form set by Decree "
        "30/2020/ND-CP: how the tasks were carried out, the periodic reports sent for the "
        "period, overdue tasks by agency, tasks long without an update, proposals (left blank "
        "for the writer). Figures are as of --today (default: the last day of the period, or "
        "today if earlier) and match what summary, reports and overdue give for that day.\n\n"
        "\b\nExamples:\n"
        "  kehoach report --period 2021-03 --today 05/04/2021 -o report-march.docx\n"
        "  kehoach report --period 2021-Q1 --format html -o report-q1.html"
    ),
    "help.cmd.report.period": (
        "The report period: a month (2021-03), a quarter (2021-Q1), a half year (2021-H1) or a "
        "year (2021)."
    ),
    "help.cmd.report.output": "A .docx or .html file.",
    "help.cmd.report.fmt": "docx (Word, the default) or html (a web page).",
    "help.force": "Overwrite an existing file.",
    "help.template": (
        "Build the document from this Word template (keeping its fonts and paper size)."
    ),
    "metavar.template": "TEMPLATE.docx",
    "cmd.remind": (
        "Draft reminder letters (Word) to each agency with reports not sent or tasks overdue."
    ),
    "cmd.remind.help": (
        "One .docx letter for each agency that owes something (reports not sent, tasks "
        "overdue), named after the agency's key and the date (stc-2021-03-25.docx); an agency "
        "that owes nothing gets no letter. Prints a one-line summary for each file.\n\n"
        "\b\nExample:\n  kehoach --today 25/03/2021 remind @districts -o letters/"
    ),
    "help.cmd.remind.agency": "An agency or a group: key, short name, @districts, @all.",
    "help.cmd.remind.output": "The folder to write the letters into.",
    "metavar.cmd.remind.output": "FOLDER",
    "help.cmd.remind.reply_by": "The date to reply by (default: 5 working days after today).",
    "metavar.reply_by": "DATE",
    # withdraw and extend
    "cmd.withdraw": "Withdraw the latest status entry of a task, or a report submission.",
    "cmd.withdraw.help": (
        "A withdrawn entry is not deleted: a new line at the end of the log names the entry "
        "withdrawn; from then on every command counts as if that entry had never been made, "
        'while `history` and `show` still show it, marked "withdrawn". For a task: withdraws '
        "the agency's latest status entry; withdrawing again reaches the entry before it.\n\n"
        "\b\nExamples:\n"
        "  kehoach withdraw 1.3 --note 'Recorded against the wrong task'\n"
        "  kehoach withdraw --report bc-thang --period 02/2021 --agency stc"
    ),
    "help.cmd.withdraw.task_id": (
        "The task whose status entry is withdrawn; leave it out to withdraw a report "
        "submission (--report)."
    ),
    "help.cmd.withdraw.agency": (
        "The agency (key, short name or part of its name). Required to withdraw a report "
        "submission, or when the task has several lead agencies."
    ),
    "help.cmd.withdraw.report_id": (
        "The report whose submission is withdrawn (for example bc-thang)."
    ),
    "help.cmd.withdraw.period": "The report period of the submission to withdraw.",
    "cmd.extend": (
        "Record that a task's deadline was extended (for all its leads or some) by a document."
    ),
    "cmd.extend.help": (
        "Each agency given the extension gets a line in its own log; from the date recorded, "
        "progress, overdue items, deadlines, the summary and exports count the new deadline (a "
        "new deadline falling on a day off also moves to the next working day); the deadline "
        "in the plan is still shown. If a task is extended again, the later entry counts.\n\n"
        "\b\nExamples:\n"
        "  kehoach extend 4.2.1 --to 30/04/2021 --ref 'Cong van so 123/UBND-TH'\n"
        "  kehoach extend II.1.2 --to 15/02/2021 -a 'huong khe' --ref 'Cong van so 45/UBND-TH'"
    ),
    "help.cmd.extend.task_id": "The task whose deadline is extended, for example 4.2.1.",
    "help.cmd.extend.to": "The new deadline (dd/mm/yyyy), later than the one in the plan.",
    "metavar.to": "DATE",
    "help.cmd.extend.ref": (
        "The document granting the extension, for example 'Cong van so 123/UBND-TH' (required)."
    ),
    "help.cmd.extend.agency": (
        "A lead agency given the extension; repeat it for several. Left out: every lead agency."
    ),
    "cmd.history": "Progress and report records, the newest first.",
    "cmd.history.help": (
        "Filter by task (TASK) and/or agency (--agency, groups such as @districts too). "
        "Like every other command it stops at today: entries dated later show only with "
        "--all.\n\n"
        "\b\nExamples:\n"
        "  kehoach history II.1.2 --agency 'huong khe'\n"
        "  kehoach history --agency stc --format json"
    ),
    "help.cmd.history.task_id": "The task's ID; leave it out for every update.",
    "help.cmd.history.everything": "Also the entries dated after today (--today).",
    "cmd.add": "Add a task that arose during the year to the plan file.",
    "cmd.add.help": (
        "The task is added as a [[tasks]] entry after the last task; the file is checked as "
        "validate does before it is written.\n\n"
        "\b\nExamples:\n"
        "  kehoach add 10.2.3 --section 10.2 --text '…' --lead stttt\n"
        "  kehoach add 5.1.9 --section 5.1 --text '…' --lead snv --support @districts"
    ),
    "help.cmd.add.task_id": (
        "A new, unused task ID (letters, digits, '.', '-'), for example 10.2.3."
    ),
    "help.cmd.add.section": "The section holding the task (an ID in [sections]), for example 10.2.",
    "help.cmd.add.text": "The task's text (verbatim).",
    "help.cmd.add.lead": (
        "Lead agency or group (key, short name, @districts…); repeat it for several."
    ),
    "help.cmd.add.support": "Supporting agency or group; repeat it for several.",
    "help.cmd.add.due": "The deadline (dd/mm/yyyy); leave it out for an ongoing task.",
    "cmd.agencies": (
        "List the agencies: key, short name, full name, kind, tasks led and supported (through "
        "groups such as @all too)."
    ),
    "cmd.agencies.help": (
        "Keys, short names or parts of names all work with the other commands' --agency; the "
        "groups (@departments, @districts, @all) are listed at the end.\n\n"
        "\b\nExample:\n  kehoach agencies --format csv > agencies.csv"
    ),
    "cmd.validate": "Check the plan file and report every error at once (file, line, fix).",
    "cmd.validate.help": (
        "Exit status 0 when the file is valid, 2 when it has errors.\n\n"
        "\b\nExample:\n  kehoach validate --file data/tasks.toml"
    ),
    "cmd.init": "Create data/tasks.toml from the sample 2021 plan, to start recording.",
    "cmd.init.help": (
        "Never overwrites an existing file.\n\n"
        "\b\nExample:\n  kehoach init plan-2021 && cd plan-2021 && git init\n"
        "  kehoach init --blank plan-2026\n"
        "  kehoach init --from programme-2026.docx plan-2026"
    ),
    "help.cmd.init.directory": "The folder to hold data/tasks.toml (default: the current folder).",
    "help.cmd.init.blank": "Write a blank skeleton plan with an example of each table to fill in.",
    "help.cmd.init.source": "Draft it from a .txt or .docx document or an .xlsx table (as import).",
    "cmd.import": "Draft a new plan file from a document (.txt, .docx) or an Excel task table.",
    "cmd.import.help": (
        "Every uncertain decision carries a comment on its line saying what to check; "
        "a summary (tasks, with a lead, with a deadline, reports, new agencies, items to check) "
        "goes to stderr.\n\n"
        "\b\nExample:\n  kehoach import programme-2026.docx -o data/tasks.toml"
    ),
    "help.cmd.import.source": "A .txt or .docx document, or an .xlsx table.",
    "help.cmd.import.output": "Write to this file (never over an existing one); default: print.",
    "help.cmd.import.into": "Take the agencies and groups from this plan file.",
    "help.cmd.import.year": "The plan's year (default: guessed from the document).",
    "cmd.git-setup": (
        "Have git use kehoach's merge driver for the plan file (once in every clone)."
    ),
    "cmd.git-setup.help": (
        "Adds 'data/tasks.toml merge=kehoach' to .gitattributes, sets merge.kehoach.name and "
        "merge.kehoach.driver in this repository's git config (git does not keep merge drivers "
        "in the repository, so every clone must run it), and has git ignore kehoach's lock and "
        "temporary files. Running it again changes nothing.\n\n"
        "\b\nExample:\n  cd plan-2021 && kehoach git-setup"
    ),
    "cmd.sync": "Sync the plan file with the git server: fetch, merge, check, push.",
    "cmd.sync.help": (
        "Commits nothing itself: the plan file must have no uncommitted changes (record with "
        "'kehoach record --commit' or 'git commit'). Runs 'git pull --no-rebase', checks the "
        "merged file, prints the new updates from others, then 'git push'. A failing step "
        "stops there, says which, and exits with status 2; nothing is lost.\n\n"
        "\b\nExamples:\n"
        "  kehoach sync\n"
        "  kehoach sync --no-push   # fetch and merge only, do not push yet"
    ),
    "help.cmd.sync.no_push": "Fetch and merge only; do not push to the server.",
    "cmd.merge-driver": (
        "The plan file's merge driver for git; git runs it, there is no need to run it by hand."
    ),
    "cmd.merge-driver.help": (
        "Keeps every update and every task of both sides (identical updates once); the rest "
        "of the plan merges item by item (task, agency, group, report). Where it cannot merge "
        "(both sides changed one item differently, renamed an item the other still uses, "
        "deleted an agency the other records for, edited the log by hand) it keeps both "
        "versions between conflict markers around that place only and exits with status 2: "
        "the file is invalid until a person resolves it ('kehoach validate' points at each "
        "place). Set up by 'kehoach git-setup'.\n\n"
        "\b\nExample:\n  kehoach merge-driver base.toml ours.toml theirs.toml data/tasks.toml"
    ),
    "help.cmd.merge-driver.base": "The common ancestor (git passes it as %O).",
    "help.cmd.merge-driver.ours": "This branch's version (%A); the merge is written here.",
    "help.cmd.merge-driver.theirs": "The other branch's version (%B).",
    "help.cmd.merge-driver.path": "The file's path in the repository (%P), for messages.",
    # --- end of command-line help ---
    "kind.office": "office",
    "kind.department": "department",
    "kind.board": "board",
    "kind.central_branch": "central agency branch",
    "kind.security": "defence and security",
    "kind.district": "district",
    "kind.unit": "subordinate unit",
    "kind.front": "front and mass organisations",
    "kind.council": "People's Council",
    "event.status": "status",
    "event.report": "report",
    # withdraw and extend
    "event.withdrawal": "withdrawal",
    "event.extension": "extension",
    "event.withdrawn": "(withdrawn)",
    "event.withdraws": "withdraws: {what}, recorded {date}",
    "event.extended_to": "extended to {date}",
    "col.extended_to": "Extended to",
    "col.extension_ref": "Extension document",
    "col.withdraws": "Withdraws entry of",
    "col.withdrawn": "Withdrawn",
    "word.extended": "(extended)",
    "word.extended_from": "(extended, was {date})",
    "sum.col.extended": "Extended",
    "amend.withdrawn_status": (
        "Withdrawn: {agency} — {task} → {status} recorded {entry} (withdrawn {date})."
    ),
    "amend.now_status": "Current status: {status} (recorded {since}).",
    "amend.now_none": "Current status: not started (no entry left).",
    "amend.withdrawn_report": (
        "Withdrawn: {agency}'s submission of report {report} {period} recorded {entry} "
        "(withdrawn {date})."
    ),
    "amend.commit.status": "kehoach: withdraw {agency} {task} → {status} ({entry})",
    "amend.commit.report": "kehoach: withdraw {agency}'s {report} {period} ({entry})",
    "amend.extended": "Extension recorded: task {task}, {agencies}: due {due} → {to} ({ref}).",
    "amend.extended_moved": "The new deadline falls on a day off, so the effective one is {date}.",
    "amend.all_leads": "all {n} lead agencies",
    "amend.commit.extend": "kehoach: extend {task} to {to} ({agencies}; {ref})",
    "col.id": "ID",
    "col.key": "Key",
    "col.short": "Short name",
    "col.name": "Full name",
    "col.kind": "Kind",
    "col.groups": "Groups",
    "col.leads": "Leads",
    "col.supports": "Supports",
    "col.section": "Section",
    "col.text": "Task",
    "col.lead": "Lead",
    "col.support": "Support",
    "col.due": "Due",
    "col.effective_due": "Effective due",
    "col.status": "Status",
    "col.timeliness": "Timeliness",
    "col.agency": "Agency",
    "col.date": "Date",
    "col.weekday": "Day",
    "col.days_left": "Left",
    "col.what": "What",
    "col.who": "Who",
    "col.pending": "Pending",
    "col.period": "Period",
    "col.report": "Report",
    "col.submitted": "Submitted",
    "col.state": "State",
    "col.days_overdue": "Days overdue",
    "col.note": "Note",
    "col.ref": "Document",
    "col.by": "By",
    "col.event": "Kind",
    "col.references": "References",
    "word.ongoing": "ongoing",
    "word.none": "—",
    "word.days_left": "{n} days left",
    "word.today": "today",
    "word.days_overdue": "{n} days overdue",
    "word.days_late": "{n} days late",
    "word.done_count": "{done}/{total} done",
    "word.moved": "(moved from {date})",
    "word.untitled": "(title missing from the extracted text)",
    "word.request": "request (not tracked)",
    "word.no_rows": "Nothing to show.",
    # -- monitoring commands: reports, overdue, check --
    "mon.col.days_late": "Days late",
    "mon.col.overdue": "Overdue",
    "mon.month_short": "M{m}",
    "mon.on_time_count": "On time",
    "mon.no_periods": "No reporting period in this range.",
    "mon.as_of": "Periodic report submissions as of {date}",
    "mon.legend": (
        "✓ on time   +N N days late   ✗ missing, overdue   · not yet due\n"
        "On time: periods submitted on time / periods due so far."
    ),
    "mon.task_ref": "Task {ref}",
    "mon.report_ref": "Report {period}",
    "mon.col.item": "Item",
    "mon.days": "{n} days",
    "mon.none_overdue": "Nothing is overdue as of {date}.",
    "mon.stale_heading": (
        "NO UPDATE: ongoing tasks on which the lead agency has recorded nothing "
        "for {n} days or more (not counted as overdue)"
    ),
    "mon.stale_line": "{agency}: {n} tasks, longest {days} days:",
    "mon.check_summary": (
        "Status on {day} {date}: {overdue} overdue, {soon} due within the next {within} days."
    ),
    "mon.section_overdue": "OVERDUE",
    "mon.section_soon": "DUE WITHIN THE NEXT {n} DAYS",
    # check mail: one entry for the agencies that owe the same thing
    "mon.owed_by": "Agencies ({n}): {names}",
    "mon.report_named": "{name}, {period}",
    # -- recording commands: record, submit, history, add --
    "adm.valid": (
        "{file}: valid: {agencies} agencies, {groups} groups, {tasks} tasks, {reports} reports, "
        "{events} events."
    ),
    "adm.created": "Created {target} from the sample 2021 plan.",
    # import and init --blank / --from
    "adm.created_blank": "Created the blank plan {target}: fill it in, then run kehoach validate.",
    "adm.created_from": "Created {target} from {source}: review the “# kiểm tra” lines.",
    "imp.summary": (
        "{file}: {tasks} tasks ({with_lead} with a lead, {with_due} with a deadline), "
        "{reports} periodic reports, {new_agencies} new agencies, {checks} items to check "
        "(# kiểm tra)."
    ),
    "imp.written": "Wrote {target}.",
    "cli.interrupted.nothing": "Stopped (Ctrl-C): nothing was written to the plan file.",
    "cli.interrupted.written": (
        "Stopped (Ctrl-C): the entry was written to the plan file (see 'kehoach history')."
    ),
    "cli.sample_notice": (
        "Note: using the sample plan shipped with the program, for viewing only; use --file "
        "or kehoach init."
    ),
    "rec.recorded": "Recorded: {agency} — {task} → {status} ({date}): {state}",
    "rec.submitted": "Recorded: {agency} submitted {report}, {period} ({date}): {state}",
    "rec.added": "Added task {id} to section {section}; lead: {lead}; due: {due}.",
    "rec.committed": "Committed to git ({hash}): {message}",
    "rec.not_latest": (
        "Note: a newer update dated {date} exists, so the current status is still: {status}."
    ),
    "rec.commit.status": "kehoach: {agency} {task} → {status} ({date})",
    "rec.commit.report": "kehoach: {agency} submitted {report} {period} ({date})",
    "rec.commit.status_many": "kehoach: {n} agencies {task} → {status} ({date})",
    "rec.commit.report_many": "kehoach: {n} agencies submitted {report} ({date})",
    "rec.commit.add": "kehoach: add task {id} (section {section})",
    "rec.no_history": "No updates recorded yet.",
    "rec.ongoing": "an ongoing task, with no deadline",
    # -- working as a team over git: merge-driver, git-setup, sync --
    "merge.item.tasks": "task {id}",
    "merge.item.reports": "report {id}",
    "merge.item.agencies": "agency {id}",
    "merge.item.groups": "group {id}",
    "merge.item.events": "event log of {id}",
    "merge.item.preamble": "top of the file",
    "merge.item.epilogue": "end of the file",
    "team.merged": "{file}: merged ({events} events, {items} items changed on the other branch).",
    "team.setup.attr_added": "Added to {file}: {line}",
    "team.setup.attr_present": "{file} already has: {line}",
    "team.setup.driver_set": "Set the kehoach merge driver in this repository's config: {command}",
    "team.setup.driver_present": "The kehoach merge driver is already in this repository's config.",
    "team.setup.ignore_added": "Added to {file}: {patterns} (kehoach's lock and temporary files)",
    "team.setup.ignore_present": "kehoach's lock and temporary files are already ignored by git.",
    "team.setup.commit_hint": (
        "Commit them so that everyone shares them: git add {files} && "
        'git commit -m "Use the kehoach merge driver for the plan file"'
    ),
    "team.setup.every_clone": (
        "Note: git does not keep merge drivers in the repository, so every clone must run "
        "'kehoach git-setup' once."
    ),
    "team.sync.up_to_date": "Nothing new on the server.",
    "team.sync.merged": "Fetched and merged the changes from the server.",
    "team.sync.arrived": "{n} new updates:",
    "team.sync.none_arrived": "No new progress updates.",
    "team.sync.status_line": "{agency} {task} → {status} ({date})",
    "team.sync.report_line": "{agency} submitted {report}, {period} ({date})",
    # withdraw and extend
    "team.sync.withdrawal_line": "{agency} withdrew: {what} recorded {entry} ({date})",
    "team.sync.extension_line": "{agency} {task} extended to {to} ({date})",
    "team.sync.changed": "The plan itself changed: {items}.",
    "team.sync.pushed": "Pushed to the server.",
    "team.sync.nothing_to_push": "Nothing new to push.",
    "team.sync.not_pushed": "Not pushed to the server (--no-push).",
    "team.sync.no_driver": (
        "Note: this clone has not run 'kehoach git-setup'; when two people record for the same "
        "agency, git will report a conflict instead of merging."
    ),
    # -- read commands: agencies, list, show, deadlines --
    "read.col.agency_name": "Name (short name)",
    "read.col.owing": "Pending",
    "read.col.note_ref": "Note, document",
    "read.col.role": "Role",
    "read.role.lead": "lead",
    "read.role.support": "support",
    "read.agencies_count": "{n} agencies",
    "read.more": "and {n} more",
    "read.all_met": "all met",
    "read.on_track_days": "on track, {n} days left",
    "read.on_track_today": "on track, due today",
    "read.done_late_days": "done {n} days late",
    "read.overdue_count": "{n} overdue",
    "read.no_lead": "not stated (missing from the extracted text)",
    "read.groups": "Groups of agencies (usable with --agency):",
    "read.scope": "Agency: {name} ({ref})",
    "read.scope_group": "Group: {name} ({ref}, {n} agencies)",
    "read.task": "Task {id}",
    "read.kind": "Kind",
    "read.kind.task": "task (progress tracked)",
    # deadlines moved by the rule, and why
    "read.moved_weekend": "the deadline falls on a {weekday}, so it moves to the next working day",
    "read.moved_holiday": (
        "the deadline falls on a public holiday ({holiday}), so it moves to the next working day"
    ),
    "read.assignments": "Progress of the lead agencies",
    "read.history": "Update history",
    "read.no_history": "No updates yet.",
    "read.no_assignments": "No lead agency is stated, so there is nothing to track.",
    "read.not_tracked": (
        "This is a request to a body outside the provincial committee: not tracked."
    ),
    "read.window_backlog": "Today {today}: past deadlines still owed, and deadlines up to {end}.",
    "read.window_range": "Deadlines from {start} to {end} (today {today}).",
    "read.no_deadlines": "No deadlines in this window.",
    # -- scoreboard and exports: summary, export --
    "sum.total": "Total",
    "sum.empty": "No agency has tasks or reports to track.",
    "sum.as_of": "Results as of {date} (by completion rate, lowest first)",
    "sum.legend": (
        "Led: tasks led. On time, Late: done on time, done late. Track: on track.\n"
        "Over: overdue and unfinished. >30: items overdue for more than 30 days (tasks\n"
        "and reports). Block: blocked (also counted under timeliness). No due: ongoing\n"
        "tasks, with no deadline.\n"
        "R✓, R+, R✗: report periods sent on time, sent late, missing after the deadline.\n"
        "Done = completed ÷ (completed + overdue unfinished).\n"
        "On time = items met on time ÷ items due so far. Items = tasks with a deadline\n"
        "and report periods."
    ),
    "sum.short.tasks": "Led",
    "sum.short.done_on_time": "On time",
    "sum.short.done_late": "Late",
    "sum.short.on_track": "Track",
    "sum.short.overdue": "Over",
    "sum.short.overdue_over_30": ">30",
    "sum.short.blocked": "Block",
    "sum.short.ongoing": "No due",
    "sum.short.reports_on_time": "R✓",
    "sum.short.reports_late": "R+",
    "sum.short.reports_missing": "R✗",
    "sum.short.completion_rate": "Done",
    "sum.short.on_time_rate": "On time",
    "sum.col.tasks": "Tasks led",
    "sum.col.done_on_time": "Done on time",
    "sum.col.done_late": "Done late",
    "sum.col.on_track": "On track",
    "sum.col.overdue": "Overdue",
    "sum.col.overdue_over_30": "Overdue > 30 days",
    "sum.col.blocked": "Blocked",
    "sum.col.ongoing": "Ongoing",
    "sum.col.reports_on_time": "Reports on time",
    "sum.col.reports_late": "Reports late",
    "sum.col.reports_missing": "Reports missing",
    "sum.col.completion_rate": "Completion rate",
    "sum.col.on_time_rate": "On-time rate",
    # the people's CSV
    "sum.col.cancelled": "Cancelled",
    "sum.col.reports_pending": "Reports not yet due",
    "sum.col.completed": "Items done",
    "sum.col.overdue_unfinished": "Items overdue",
    "sum.col.due_so_far": "Items due so far",
    "sum.col.on_time_so_far": "Items on time",
    "off.kind.task": "Task",
    "off.kind.report": "Report",
    "exp.col.status_date": "Updated",
    "exp.col.days": "Days",
    "exp.wrote": "Wrote {path}.",
    "exp.wrote_events": "Wrote {n} events to {path}.",
    # office documents: report, remind, export xlsx, the web page
    "off.nation": "SOCIALIST REPUBLIC OF VIETNAM",
    "off.motto": "Independence - Freedom - Happiness",
    "off.number": "No.: …/{symbol}",
    "off.dated": "{place}, {day:02}/{month:02}/{year}",
    "off.office_default": "Office",
    "off.head": "CHIEF OF OFFICE",
    "off.recipients": "Recipients:",
    "off.keep": "- Filed: VT, TH.",
    "off.report.kind": "REPORT",
    "off.report.subject": "Implementation of the {title}, {span}",
    "off.report.to_committee": "- The Provincial People's Committee (for report);",
    "off.report.to_leaders": "- The Chairman and Vice-Chairmen of the Committee;",
    "off.report.to_office": "- The Chief and Deputy Chiefs of the Office;",
    "off.report.intro": (
        "Following up the {title}, the {office} reports on its implementation in the "
        "{span} (figures as of {date}) as follows:"
    ),
    "off.report.h1": "I. TASKS",
    "off.report.h2": "II. PERIODIC REPORTS",
    "off.report.h3": "III. OVERDUE TASKS BY AGENCY",
    "off.report.h4": "IV. TASKS WITH NO UPDATE FOR {n} DAYS OR MORE",
    "off.report.h5": "V. PROPOSALS",
    "off.report.tasks": (
        "Task assignments to lead agencies: {tasks}; with a deadline: {dated}, ongoing "
        "(no deadline): {ongoing}, cancelled: {cancelled}."
    ),
    "off.report.dated": (
        "Tasks with a deadline: done on time {done_on_time}; done late {done_late}; in "
        "progress within the deadline {on_track}; overdue {overdue} (over 30 days: "
        "{over_30}). Blocked: {blocked}."
    ),
    "off.report.due_rates": (
        "Over the items due so far (tasks and report periods, {due_so_far} items): "
        "completion rate {completion}, on-time rate {on_time} "
        "({on_time_so_far}/{due_so_far})."
    ),
    "off.report.all_rates": (
        "Over all tasks with a deadline ({dated}): completion rate {completion}, done on "
        "time {on_time}."
    ),
    "off.report.reports_none": "No report period falls in this period.",
    "off.report.report_line": (
        "{report}, {period} (due {due}): {on_time} agencies on time, {late} late, "
        "{missing} not sent, {pending} not yet due."
    ),
    "off.report.sent_late": "Sent late: {names}.",
    "off.report.not_sent": "Not sent: {names}.",
    "off.report.no_overdue": "No task is overdue.",
    "off.report.overdue_intro": (
        "{n} task assignments are overdue, {over_30} of them by more than 30 days (marked *):"
    ),
    "off.report.no_stale": "No ongoing task has gone {n} days without an update.",
    "off.report.stale_line": "{agency} ({n} tasks): {ids}.",
    "off.report.proposal": "[The Office's proposals: to be completed before signing.]",
    "off.col.no": "No.",
    "off.col.task": "Task",
    "off.col.deadline": "Deadline",
    "off.col.days_overdue": "Days overdue",
    "off.long_mark": "*",
    "off.remind.kind": "CV",
    "off.remind.subject": "Re: implementing the {title} and its reporting",
    "off.remind.to": "To: {agency}",
    "off.remind.intro": (
        "Following up the {title}: as of {date}, {agency} has not yet completed the following:"
    ),
    "off.remind.reports": "1. Periodic reports not sent:",
    "off.remind.report_line": "- {report}, {period} (due {due}, {n} days overdue);",
    "off.remind.tasks": "{no}. Overdue tasks:",
    "off.remind.task_line": "- Task {ref}: {text} (due {due}, {n} days overdue);",
    "off.remind.closing": (
        "The {office} asks {agency} to complete the above promptly and to report the "
        "results to the {office} by {reply_by}."
    ),
    "off.remind.as_above": "- As above;",
    "off.remind.wrote": "{path}: {agency}: {reports} reports not sent, {tasks} tasks overdue.",
    "off.remind.none": "No agency has anything overdue as of {date}: no letter written.",
    "off.sheet.tasks": "Tasks",
    "off.sheet.reports": "Periodic reports",
    "off.sheet.summary": "Summary",
    "off.sheet.overdue": "Overdue",
    "off.col.section": "Section",
    "off.col.text": "Text",
    "off.col.lead": "Lead agency",
    "off.col.due": "Deadline",
    "off.col.effective_due": "Effective deadline",
    "off.col.status": "Status",
    "off.col.timeliness": "Timeliness",
    "off.col.days": "Days",
    "off.col.last_update": "Last update",
    "off.col.note": "Note",
    "off.col.agency": "Agency",
    "off.col.item": "Item",
    "off.total": "Total",
    "off.legend": "Legend",
    "off.title.workbook": "Implementation of the {title} (figures as of {date})",
    "off.html.title": "Implementation of the {title}, {span}",
    "off.html.as_of": "Figures as of {date}.",
    "off.html.figures": "Overall figures",
    "off.html.chart": "Completion and on-time rates by agency",
    "off.html.matrix": "Periodic reports",
    "off.html.overdue": "Overdue tasks",
    "off.html.trend": "On-time rate at each monthly report deadline",
    "off.html.print": "Print this page (Ctrl+P) on A4.",
    "off.html.no_trend": "No monthly report has come due yet.",
    "off.html.completion_over_all": "Completion rate over all tasks with a deadline",
    "off.html.on_time_over_all": "Done on time over all tasks with a deadline",
    "csv.yes": "yes",
    "csv.no": "no",
    # csv in words for every command
    "csv.kind.task": "task",
    "csv.kind.request": "request (not tracked)",
    "csv.col.tasks_led": "Tasks led",
    "csv.col.tasks_supported": "Tasks supported",
    "csv.col.leads": "Lead agencies",
    "csv.col.leads_done": "Lead agencies done",
    "csv.col.leads_overdue": "Lead agencies overdue",
    "csv.col.days_left": "Days left (negative: overdue)",
    "csv.col.owing": "Agencies yet to deliver",
    "ics.task_summary": "Task {ref} due: {text}",
    "ics.report_summary": "Report {period} due",
    "ics.owners": "Owed by: {who}",
    "ics.due": "Due: {day} {date}",
    "ics.plan": "Plan: {title}",
    "ics.category.task": "Task",
    "ics.category.report": "Report",
}


def t(key: str, lang: str = "vi", /, **values: object) -> str:
    """The label for ``key`` in ``lang``; falls back to Vietnamese, then the key.

    ``key`` and ``lang`` go by position, so a label may have values of those names.
    """
    text = (EN.get(key) if lang == "en" else None) or VI.get(key) or key
    return text.format(**values) if values else text


def say(message: Text, lang: str = "vi") -> str:
    """A message worded in ``lang``: its label with each value worded too.

    Values that are ``Text`` are worded in the same language, dates are written
    dd/mm/yyyy, period codes as people read them, and lists are joined with commas.
    """
    values = {name: _worded(value, lang) for name, value in message.values.items()}
    return t(message.key, lang, **values)


def _worded(value: object, lang: str) -> object:
    if isinstance(value, Text):
        return say(value, lang)
    if isinstance(value, PeriodCode):
        return period_label(value, lang)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, list | tuple):
        return ", ".join(str(_worded(item, lang)) for item in value)
    return value


def describe(error: KehoachError, lang: str = "vi") -> str:
    """The error as a person reads it: its message, then each problem on its own line."""
    lines = [say(error.message, lang)]
    for problem in error.problems:
        where = problem.path or ""
        if problem.line is not None:
            where = f"{where}:{problem.line}" if where else t("where.line", lang, line=problem.line)
            if problem.column is not None and problem.path:
                where = f"{where}:{problem.column}"
        said = say(problem.message, lang).replace("\n", "\n    ")  # its own lines indented
        lines.append(f"  {where}: {said}" if where else f"  {said}")
    return "\n".join(lines)
