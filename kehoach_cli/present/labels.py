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
    "error.role_invalid": "Vai trò không hợp lệ: '{role}'. Dùng lead, support hoặc all.",
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
        "Kế hoạch mẫu đi kèm chương trình chỉ để xem, không ghi được. Tạo bản của mình bằng "
        "'kehoach init', rồi chạy lệnh trong thư mục đó (hoặc dùng --file)."
    ),
    "error.file.no_new_text": "Không tạo được nội dung mới cho tệp; tệp không bị thay đổi.",
    "error.file.change_breaks": "Thay đổi sẽ làm hỏng tệp kế hoạch nên không ghi:",
    "error.file.check_failed": "Kiểm tra sau khi ghi không khớp; tệp không bị thay đổi.",
    "error.merge.bad_header": "{file}: không đọc được tiêu đề bảng ở dòng {line}: {header!r}.",
    "error.merge.twice": "{file}: mục {item} xuất hiện hai lần (dòng {line}).",
    "error.merge.events_not_copied": "không chép lại được các cập nhật của bên kia.",
    "error.merge.unreadable": "{file}: kết quả gộp không đọc được ({reason}).",
    "error.merge.entries_mismatch": (
        "{file}: không nhận ra đúng các mục [[tasks]]/[[reports]] khi gộp."
    ),
    "error.merge.theirs_unreadable": "{file}: không đọc được {item} của bên kia.",
    "error.merge.unexpected": "{file}: gộp {item} cho kết quả khác dự kiến.",
    "error.schema.not_a_table": "{where} phải là một bảng TOML.",
    "error.schema.unknown_key": "{where}: khóa lạ '{key}' (viết sai?). Các khóa hợp lệ: {known}.",
    "error.schema.wrong_type": "{where}: '{key}' phải là {expected}, không phải {got}.",
    "error.schema.type.string": "chuỗi",
    "error.schema.type.date": "ngày (2021-01-31)",
    "error.schema.type.list": "danh sách [...]",
    "error.schema.type.table": "bảng",
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
    "rec.recorded": "Đã ghi: {agency} — {task} → {status} ({date}): {state}",
    "rec.submitted": "Đã ghi: {agency} nộp {report}, {period} ({date}): {state}",
    "rec.added": "Đã thêm nhiệm vụ {id} vào mục {section}; chủ trì: {lead}; hạn: {due}.",
    "rec.committed": "Đã commit vào git ({hash}): {message}",
    "rec.not_latest": (
        "Lưu ý: đã có cập nhật ngày {date} mới hơn, nên trạng thái hiện tại vẫn là: {status}."
    ),
    "rec.commit.status": "kehoach: {agency} {task} → {status} ({date})",
    "rec.commit.report": "kehoach: {agency} nộp {report} {period} ({date})",
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
    "exp.col.status_date": "Ngày cập nhật",
    "exp.col.days": "Số ngày",
    "exp.wrote": "Đã ghi {path}.",
    "exp.wrote_events": "Đã ghi {n} sự kiện vào {path}.",
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
    "error.role_invalid": "Invalid role: '{role}'. Use lead, support or all.",
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
        "The sample plan shipped with the program is read-only. Create your own with 'kehoach "
        "init', then run commands in that folder (or use --file)."
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
    "error.merge.unreadable": "{file}: the merged result cannot be read ({reason}).",
    "error.merge.entries_mismatch": (
        "{file}: could not match the [[tasks]]/[[reports]] entries while merging."
    ),
    "error.merge.theirs_unreadable": "{file}: cannot read {item} on the other side.",
    "error.merge.unexpected": "{file}: merging {item} gave an unexpected result.",
    "error.schema.not_a_table": "{where} must be a TOML table.",
    "error.schema.unknown_key": "{where}: unknown key '{key}' (a typo?). Valid keys: {known}.",
    "error.schema.wrong_type": "{where}: '{key}' must be {expected}, not {got}.",
    "error.schema.type.string": "a string",
    "error.schema.type.date": "a date (2021-01-31)",
    "error.schema.type.list": "a list [...]",
    "error.schema.type.table": "a table",
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
    "rec.recorded": "Recorded: {agency} — {task} → {status} ({date}): {state}",
    "rec.submitted": "Recorded: {agency} submitted {report}, {period} ({date}): {state}",
    "rec.added": "Added task {id} to section {section}; lead: {lead}; due: {due}.",
    "rec.committed": "Committed to git ({hash}): {message}",
    "rec.not_latest": (
        "Note: a newer update dated {date} exists, so the current status is still: {status}."
    ),
    "rec.commit.status": "kehoach: {agency} {task} → {status} ({date})",
    "rec.commit.report": "kehoach: {agency} submitted {report} {period} ({date})",
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
    "exp.col.status_date": "Updated",
    "exp.col.days": "Days",
    "exp.wrote": "Wrote {path}.",
    "exp.wrote_events": "Wrote {n} events to {path}.",
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
        said = say(problem.message, lang)
        lines.append(f"  {where}: {said}" if where else f"  {said}")
    return "\n".join(lines)
